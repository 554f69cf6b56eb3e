// Your data: download everything as one JSON file, restore such a file into a
// new account, or delete the account and everything in it. Loaded on first use.
import { PageHeading } from '../shared/PageHeading';
import { DeleteAccountPanel } from './DeleteAccountPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import '../shared/coach.css';
import { BackToMore } from '../app/BackToMore';

export function YourDataScreen() {
  return (
    <section>
      <PageHeading title="Your data" />
      <p>Everything you keep in LORkit is yours: take a copy, move it to another LORkit, or erase it.</p>
      <ExportPanel />
      <ImportPanel />
      <DeleteAccountPanel />
      <BackToMore />
    </section>
  );
}
