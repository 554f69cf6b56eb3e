// A hash router: the whole app is one static page, so any static host (or the
// back end itself) can serve it without rewrite rules.
import { createStore, useStore } from '../shared/store';

export type Route = 'stories' | 'newStory' | 'login' | 'register';

export const paths: Record<Route, string> = {
  stories: '#/',
  newStory: '#/stories/new',
  login: '#/login',
  register: '#/register',
};

export function routeOf(hash: string): Route {
  const found = (Object.keys(paths) as Route[]).find((route) => paths[route] === hash);
  return found ?? 'stories'; // an unknown or empty hash lands on the home screen
}

const currentRoute = createStore<Route>(routeOf(globalThis.location?.hash ?? ''));
globalThis.addEventListener?.('hashchange', () => currentRoute.set(routeOf(location.hash)));

export function useRoute(): Route {
  return useStore(currentRoute);
}

export function navigate(route: Route, { replace = false } = {}): void {
  if (replace) {
    history.replaceState(null, '', paths[route]);
    currentRoute.set(route); // replaceState fires no hashchange
  } else {
    location.hash = paths[route];
  }
}
