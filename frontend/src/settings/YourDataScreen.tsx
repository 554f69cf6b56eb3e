// Your data: download everything as one JSON file, restore such a file into a
// new account, or delete the account and everything in it. Loaded on first use.
import { paths } from '../app/router';
import { PageHeading } from '../shared/PageHeading';
import { DeleteAccountPanel } from './DeleteAccountPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import '../shared/coach.css';

export function YourDataScreen() {
  return (
    <section>
      <PageHeading title="Your data" />
      <p>Everything you keep in LORkit is yours: take a copy, move it to another LORkit, or erase it.</p>
      <ExportPanel />
      <ImportPanel />
      <DeleteAccountPanel />
      <p class="back">
        <a href={paths.settings}>Back to More</a>
      </p>
    </section>
  );
}
