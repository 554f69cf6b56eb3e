// Always in reach of a thumb: Today (home), logging a story or feedback (one tap
// from every screen), the stories, and everything else under More.
import { COACH_SCREENS, LOG_SCREENS, MORE_SCREENS, paths, type Route } from './router';

const page = { 'aria-current': 'page' as const };

export function BottomNav({ route }: { route: Route }) {
  const current = (marked: boolean) => (marked ? page : {});
  return (
    <nav class="bottom-nav" aria-label="Main">
      <a class="nav-link" href={paths.today} {...current(route.name === 'today')}>
        Today
      </a>
      {/* Named "Log a story or feedback"; the bar shows "Log" with "story · feedback" under it, to fit a 360 px phone. */}
      <a class="button primary log-story" href={paths.newStory} {...current(LOG_SCREENS.includes(route.name))}>
        <span aria-hidden="true">+</span>
        <span class="log-words">
          Log<span class="visually-hidden"> a</span> <span class="log-what">story or feedback</span>
        </span>
      </a>
      <a
        class="nav-link"
        href={paths.stories}
        {...current(route.name === 'stories' || route.name === 'story' || route.name === 'editStory')}
      >
        My stories
      </a>
      <a
        class="nav-link"
        href={paths.settings}
        {...current(MORE_SCREENS.includes(route.name) || COACH_SCREENS.includes(route.name))}
      >
        More
      </a>
    </nav>
  );
}
