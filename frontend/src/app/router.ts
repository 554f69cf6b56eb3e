// A hash router: the whole app is one static page, so any static host (or the
// back end itself) can serve it without rewrite rules, and the service worker
// only ever has to answer one address when the phone is offline.
import { createStore, useStore } from '../shared/store';

export type Route =
  | { name: 'stories' }
  | { name: 'newStory' }
  | { name: 'login' }
  | { name: 'register' }
  | { name: 'settings' }
  | { name: 'security' }
  | { name: 'targetSheet' }
  | { name: 'rotations' }
  | { name: 'attendings' }
  | { name: 'letters' }
  | { name: 'today' }
  /** A rotation or attending form: `id` absent for a new one. */
  | { name: 'rotationForm'; id?: string }
  | { name: 'attendingForm'; id?: string }
  /** `id` is the API's id, or a local one (see outbox) for a story not sent yet. */
  | { name: 'story'; id: string }
  | { name: 'editStory'; id: string };

export type RouteName = Route['name'];

export const paths = {
  stories: '#/',
  newStory: '#/stories/new',
  login: '#/login',
  register: '#/register',
  settings: '#/settings',
  security: '#/settings/security',
  targetSheet: '#/settings/target',
  rotations: '#/rotations',
  attendings: '#/attendings',
  letters: '#/letters',
  today: '#/today',
} as const;

/** The screens that open from the "More" menu: its tab stays marked there. */
export const MORE_SCREENS: readonly RouteName[] = ['today', 'settings', 'security', 'targetSheet', 'rotations', 'attendings', 'letters', 'rotationForm', 'attendingForm'];

const FORM_OF = { rotationForm: 'rotations', attendingForm: 'attendings' } as const;
export const formPath = (name: keyof typeof FORM_OF, id?: string) =>
  id ? `#/${FORM_OF[name]}/${encodeURIComponent(id)}/edit` : `#/${FORM_OF[name]}/new`;

export const storyPath = (id: string) => `#/stories/${encodeURIComponent(id)}`;
export const editStoryPath = (id: string) => `${storyPath(id)}/edit`;

export function hashOf(route: Route): string {
  if (route.name === 'story') return storyPath(route.id);
  if (route.name === 'editStory') return editStoryPath(route.id);
  if (route.name === 'rotationForm' || route.name === 'attendingForm') return formPath(route.name, route.id);
  return paths[route.name];
}

export function routeOf(hash: string): Route {
  const fixed = (Object.keys(paths) as (keyof typeof paths)[]).find((name) => paths[name] === hash);
  if (fixed) return { name: fixed };
  const story = /^#\/stories\/([^/]+)(\/edit)?$/.exec(hash);
  if (story) {
    const id = safeDecode(story[1]!);
    if (id) return story[2] ? { name: 'editStory', id } : { name: 'story', id };
  }
  const form = /^#\/(rotations|attendings)\/(?:new|([^/]+)\/edit)$/.exec(hash);
  if (form) {
    const name = form[1] === 'rotations' ? 'rotationForm' : 'attendingForm';
    const id = form[2] ? safeDecode(form[2]) : undefined;
    if (id !== null) return id ? { name, id } : { name };
  }
  return { name: 'stories' }; // an unknown or empty hash lands on the home screen
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const currentRoute = createStore<Route>(routeOf(globalThis.location?.hash ?? ''));
globalThis.addEventListener?.('hashchange', () => currentRoute.set(routeOf(location.hash)));

export function useRoute(): Route {
  return useStore(currentRoute);
}

export function navigate(route: Route, { replace = false } = {}): void {
  const hash = hashOf(route);
  if (replace) {
    history.replaceState(null, '', hash);
    currentRoute.set(routeOf(hash)); // replaceState fires no hashchange
  } else {
    location.hash = hash;
  }
}
