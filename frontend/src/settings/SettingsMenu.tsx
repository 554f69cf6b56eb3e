// "More": everything beyond logging stories, one tap from the bottom bar. The
// letter work first (used weekly), the settings last (set once).
import { messagesPath, paths, planPath } from '../app/router';
import { confirmLogOut } from '../auth/confirmLogOut';
import { logOut } from '../auth/session';
import { PageHeading } from '../shared/PageHeading';
import { ConfirmAddressPanel } from './ConfirmAddressPanel';

const ENTRIES = [
  { href: planPath(), title: 'Your plan', hint: 'Every step of the season, dated from your rotations' },
  { href: messagesPath(), title: 'Messages', hint: 'Scripts and emails for each writer, reminders owed' },
  { href: paths.habits, title: 'Habits', hint: 'Daily and weekly habits, red-flag self-check' },
  { href: paths.letters, title: 'Letters board', hint: 'Each writer by status: ask, follow up, thank' },
  { href: paths.portfolio, title: 'Letter portfolio', hint: 'Your letters against the aim of 2 to 4: what is still missing' },
  { href: paths.attendings, title: 'Attendings', hint: 'Who could write for you, best first' },
  { href: paths.feedback, title: 'Feedback', hint: 'What each attending told you, and what you changed' },
  { href: paths.programs, title: 'Programs', hint: 'Where you apply, and which letters go to each' },
  { href: paths.rotations, title: 'Rotations', hint: 'Where and when you worked' },
  { href: paths.targetSheet, title: 'Target sheet', hint: 'Your specialty, season, dates and strengths' },
  { href: paths.sharing, title: 'Shared pages', hint: "Writer's pages and adviser views: who opened them, end one" },
  { href: paths.security, title: 'Security and login', hint: 'Authenticator app, password, sessions, recent activity' },
  { href: paths.notifications, title: 'Notifications', hint: 'Digest of Today, phone notifications, quiet hours' },
  { href: paths.calendar, title: 'Calendar link', hint: 'Your dates in Google, Apple or Outlook calendar' },
  { href: paths.yourData, title: 'Your data', hint: 'Download, import, or delete your account' },
];

export function SettingsMenu() {
  return (
    <section>
      <PageHeading title="More" />
      <ConfirmAddressPanel />
      <ul class="menu-list">
        {ENTRIES.map((entry) => (
          <li key={entry.href}>
            <a class="menu-link" href={entry.href}>
              <span class="menu-title">{entry.title}</span>
              <span class="menu-hint">{entry.hint}</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="menu-actions">
        <button type="button" class="button" onClick={() => confirmLogOut() && void logOut()}>
          Log out
        </button>
      </p>
    </section>
  );
}
