// Always in reach of a thumb: "Log a story" is one tap from every screen.
import { COACH_SCREENS, MORE_SCREENS, paths, type Route } from './router';

export function BottomNav({ route }: { route: Route }) {
  const current = (name: Route['name']) => (route.name === name ? { 'aria-current': 'page' as const } : {});
  return (
    <nav class="bottom-nav" aria-label="Main">
      <a class="nav-link" href={paths.stories} {...current('stories')}>
        My stories
      </a>
      <a class="button primary log-story" href={paths.newStory} {...current('newStory')}>
        <span aria-hidden="true">+</span>
        Log a story
      </a>
      <a class="nav-link" href={paths.settings} {...(MORE_SCREENS.includes(route.name) || COACH_SCREENS.includes(route.name) ? { 'aria-current': 'page' as const } : {})}>
        More
      </a>
    </nav>
  );
}

