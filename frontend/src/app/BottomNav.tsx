// Always in reach of a thumb: Today (home), logging a story or feedback (one tap
// from every screen), the stories, and everything else under More. Which tab a screen marks is
// in the route table (routes.ts).
import { paths, tabOf, type Route, type Tab } from './router';

const page = { 'aria-current': 'page' as const };

export function BottomNav({ route }: { route: Route }) {
  const current = (tab: Tab) => (tabOf(route) === tab ? page : {});
  return (
    <nav class="bottom-nav" aria-label="Main">
      <a class="nav-link" href={paths.today} {...current('today')}>
        Today
      </a>
      {/* Named "Log a story or feedback"; the bar shows "Log" with "story · feedback" under it, to fit a 360 px phone. */}
      <a class="button primary log-story" href={paths.newStory} {...current('log')}>
        <span aria-hidden="true">+</span>
        <span class="log-words">
          Log<span class="visually-hidden"> a</span> <span class="log-what">story or feedback</span>
        </span>
      </a>
      <a class="nav-link" href={paths.stories} {...current('stories')}>
        My stories
      </a>
      <a class="nav-link" href={paths.settings} {...current('more')}>
        More
      </a>
    </nav>
  );
}
