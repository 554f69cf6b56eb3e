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
  | { name: 'editStory'; id: string }
  // Coaching screens. `messages`: one writer's scripts (by letter or attending), `kind` opened first;
  // none named: the list of writers and the reminders owed. `plan`: `at` is a checkpoint to show.
  | { name: 'messages'; letterId?: string; attendingId?: string; kind?: string }
  | { name: 'plan'; at?: string }
  | { name: 'habits' }
  | { name: 'calendar' }
  | { name: 'yourData' };

export type RouteName = Route['name'];

export const paths = {
  stories: '#/',
  newStory: '#/stories/new',
  login: '#/login',
  register: '#/register',
  habits: '#/habits',
  calendar: '#/settings/calendar',
  yourData: '#/settings/data',
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

/** The coaching screens: they open from "More" too. */
export const COACH_SCREENS: readonly RouteName[] = ['messages', 'plan', 'habits', 'calendar', 'yourData'];

const FORM_OF = { rotationForm: 'rotations', attendingForm: 'attendings' } as const;
export const formPath = (name: keyof typeof FORM_OF, id?: string) =>
  id ? `#/${FORM_OF[name]}/${encodeURIComponent(id)}/edit` : `#/${FORM_OF[name]}/new`;

export const storyPath = (id: string) => `#/stories/${encodeURIComponent(id)}`;
export const editStoryPath = (id: string) => `${storyPath(id)}/edit`;

/** Screens with an optional query after the path (`#/messages?letterId=…&kind=…`). */
const QUERY_SCREENS = { messages: '#/messages', plan: '#/plan' } as const;

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1])).toString();
  return search ? `${path}?${search}` : path;
}

export const messagesPath = (query: { letterId?: string; attendingId?: string; kind?: string } = {}) =>
  withQuery(QUERY_SCREENS.messages, { letterId: query.letterId, attendingId: query.attendingId, kind: query.kind });
export const planPath = (at?: string) => withQuery(QUERY_SCREENS.plan, { at });

export function hashOf(route: Route): string {
  if (route.name === 'messages') return messagesPath(route);
  if (route.name === 'plan') return planPath(route.at);
  if (route.name === 'story') return storyPath(route.id);
  if (route.name === 'editStory') return editStoryPath(route.id);
  if (route.name === 'rotationForm' || route.name === 'attendingForm') return formPath(route.name, route.id);
  return paths[route.name];
}

export function routeOf(hash: string): Route {
  const fixed = (Object.keys(paths) as (keyof typeof paths)[]).find((name) => paths[name] === hash);
  if (fixed) return { name: fixed };
  const query = /^(#\/[a-z]+)(?:\?(.*))?$/.exec(hash);
  if (query && (query[1] === QUERY_SCREENS.messages || query[1] === QUERY_SCREENS.plan)) {
    const params = new URLSearchParams(query[2] ?? '');
    const only = <K extends string>(...keys: K[]) =>
      Object.fromEntries(keys.filter((key) => params.get(key)).map((key) => [key, params.get(key)!])) as Partial<Record<K, string>>;
    return query[1] === QUERY_SCREENS.plan ? { name: 'plan', ...only('at') } : { name: 'messages', ...only('letterId', 'attendingId', 'kind') };
  }
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
