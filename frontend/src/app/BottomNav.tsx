// Always in reach of a thumb: logging a story or feedback is one tap from every screen.
import { COACH_SCREENS, LOG_SCREENS, MORE_SCREENS, paths, type Route } from './router';

export function BottomNav({ route }: { route: Route }) {
  const current = (name: Route['name']) => (route.name === name ? { 'aria-current': 'page' as const } : {});
  return (
    <nav class="bottom-nav" aria-label="Main">
      <a class="nav-link" href={paths.stories} {...current('stories')}>
        My stories
      </a>
      {/* Named "Log a story or feedback"; the bar shows "Log" with "story · feedback" under it, to fit a 360 px phone. */}
      <a class="button primary log-story" href={paths.newStory} {...(LOG_SCREENS.includes(route.name) ? { 'aria-current': 'page' as const } : {})}>
        <span aria-hidden="true">+</span>
        <span class="log-words">
          Log<span class="visually-hidden"> a</span> <span class="log-what">story or feedback</span>
        </span>
      </a>
      <a class="nav-link" href={paths.settings} {...(MORE_SCREENS.includes(route.name) || COACH_SCREENS.includes(route.name) ? { 'aria-current': 'page' as const } : {})}>
        More
      </a>
    </nav>
  );
}

