// A hash router: the whole app is one static page, so any static host (or the
// back end itself) can serve it without rewrite rules, and the service worker
// only ever has to answer one address when the phone is offline.
import { createStore, useStore } from '../shared/store';

export type Route =
  | { name: 'stories' }
  /** `witness`: log a story for this writer (from their card): ticked, in sight. */
  | { name: 'newStory'; witness?: string }
  | { name: 'login' }
  | { name: 'register' }
  | { name: 'settings' }
  | { name: 'security' }
  | { name: 'targetSheet' }
  | { name: 'rotations' }
  | { name: 'attendings' }
  | { name: 'letters' }
  /** One letter request: its moves with their dates, corrections and ERAS facts. */
  | { name: 'letter'; id: string }
  | { name: 'today' }
  /** A rotation or attending form: `id` absent for a new one. */
  | { name: 'rotationForm'; id?: string }
  | { name: 'attendingForm'; id?: string }
  /** `id` is the API's id, or a local one (see outbox) for a story not sent yet. */
  | { name: 'story'; id: string }
  | { name: 'editStory'; id: string }
  /** Feedback, programs and packets (`attendingId`: only that attending's feedback). */
  | { name: 'feedback'; attendingId?: string }
  | { name: 'newFeedback' }
  /** `id` is the API's id, or a local one for feedback still in the outbox. */
  | { name: 'feedbackForm'; id: string }
  | { name: 'programs' }
  | { name: 'program'; id: string }
  | { name: 'programForm'; id?: string }
  | { name: 'packet'; attendingId: string }
  // Coaching screens. `messages`: one writer's scripts (by letter or attending), `kind` opened first;
  // none named: the list of writers and the reminders owed. `plan`: `at` is a checkpoint to show.
  | { name: 'messages'; letterId?: string; attendingId?: string; kind?: string }
  | { name: 'plan'; at?: string }
  | { name: 'habits' }
  /** The letters against the rule of 2-4, as the API checks them. */
  | { name: 'portfolio' }
  | { name: 'calendar' }
  | { name: 'yourData' };

export type RouteName = Route['name'];

export const paths = {
  // Today is the home screen; the story list has its own address.
  today: '#/',
  stories: '#/stories',
  newStory: '#/stories/new',
  login: '#/login',
  register: '#/register',
  habits: '#/habits',
  portfolio: '#/portfolio',
  calendar: '#/settings/calendar',
  yourData: '#/settings/data',
  settings: '#/settings',
  security: '#/settings/security',
  targetSheet: '#/settings/target',
  rotations: '#/rotations',
  attendings: '#/attendings',
  letters: '#/letters',
  feedback: '#/feedback',
  newFeedback: '#/feedback/new',
  programs: '#/programs',
} as const;

/** The screens that open from the "More" menu: its tab stays marked there. Feedback, programs and packets too. */
const LETTER_WORK_SCREENS: readonly RouteName[] = [
  'letter',
  'feedback',
  'feedbackForm',
  'programs',
  'program',
  'programForm',
  'packet',
];

export const MORE_SCREENS: readonly RouteName[] = [
  'settings',
  'security',
  'targetSheet',
  'rotations',
  'attendings',
  'letters',
  'rotationForm',
  'attendingForm',
  ...LETTER_WORK_SCREENS,
];

/** The log forms: the bottom bar's log button stays marked on either. */
export const LOG_SCREENS: readonly RouteName[] = ['newStory', 'newFeedback'];

/** The coaching screens: they open from "More" too. */
export const COACH_SCREENS: readonly RouteName[] = ['messages', 'plan', 'habits', 'portfolio', 'calendar', 'yourData'];

const FORM_OF = { rotationForm: 'rotations', attendingForm: 'attendings' } as const;
export const formPath = (name: keyof typeof FORM_OF, id?: string) =>
  id ? `#/${FORM_OF[name]}/${encodeURIComponent(id)}/edit` : `#/${FORM_OF[name]}/new`;

export const feedbackListPath = (attendingId?: string) =>
  attendingId ? `#/feedback?attending=${encodeURIComponent(attendingId)}` : paths.feedback;
export const feedbackPath = (id: string) => `#/feedback/${encodeURIComponent(id)}/edit`;
export const programPath = (id: string) => `#/programs/${encodeURIComponent(id)}`;
export const programFormPath = (id?: string) => (id ? `${programPath(id)}/edit` : '#/programs/new');
export const packetPath = (attendingId: string) => `#/attendings/${encodeURIComponent(attendingId)}/packet`;

export const letterPath = (id: string) => `#/letters/${encodeURIComponent(id)}`;
export const newStoryPath = (witness?: string) =>
  witness ? `${paths.newStory}?witness=${encodeURIComponent(witness)}` : paths.newStory;

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
  if (route.name === 'feedback') return feedbackListPath(route.attendingId);
  if (route.name === 'feedbackForm') return feedbackPath(route.id);
  if (route.name === 'program') return programPath(route.id);
  if (route.name === 'programForm') return programFormPath(route.id);
  if (route.name === 'packet') return packetPath(route.attendingId);
  if (route.name === 'messages') return messagesPath(route);
  if (route.name === 'plan') return planPath(route.at);
  if (route.name === 'story') return storyPath(route.id);
  if (route.name === 'letter') return letterPath(route.id);
  if (route.name === 'newStory') return newStoryPath(route.witness);
  if (route.name === 'editStory') return editStoryPath(route.id);
  if (route.name === 'rotationForm' || route.name === 'attendingForm') return formPath(route.name, route.id);
  return paths[route.name];
}

/** Addresses of earlier versions, still followed: Today had its own before it became home. */
const OLD_PATHS: Readonly<Record<string, Route>> = { '#/today': { name: 'today' } };

/** The screens that work with no connection (from the phone's copy, or through the outbox). */
const OFFLINE_SCREENS: readonly RouteName[] = ['today', 'portfolio', 'stories', 'newStory', 'story', 'editStory', 'newFeedback'];

/** Whether the screen at `hash` works offline; the others are read from the API each time. */
export const worksOffline = (hash: string): boolean => OFFLINE_SCREENS.includes(routeOf(hash).name);

export function routeOf(hash: string): Route {
  const old = OLD_PATHS[hash];
  if (old) return old;
  const fixed = (Object.keys(paths) as (keyof typeof paths)[]).find((name) => paths[name] === hash);
  if (fixed) return { name: fixed };
  const query = /^(#\/[a-z]+)(?:\?(.*))?$/.exec(hash);
  if (query && (query[1] === QUERY_SCREENS.messages || query[1] === QUERY_SCREENS.plan)) {
    const params = new URLSearchParams(query[2] ?? '');
    const only = <K extends string>(...keys: K[]) =>
      Object.fromEntries(keys.filter((key) => params.get(key)).map((key) => [key, params.get(key)!])) as Partial<
        Record<K, string>
      >;
    return query[1] === QUERY_SCREENS.plan
      ? { name: 'plan', ...only('at') }
      : { name: 'messages', ...only('letterId', 'attendingId', 'kind') };
  }
  const forWriter = /^#\/stories\/new\?witness=([^&/]+)$/.exec(hash);
  const witness = forWriter ? safeDecode(forWriter[1]!) : null;
  if (witness) return { name: 'newStory', witness };
  const story = /^#\/stories\/([^/?]+)(\/edit)?$/.exec(hash);
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
  const letterWork = letterWorkRouteOf(hash);
  if (letterWork) return letterWork;
  return { name: 'today' }; // an unknown or empty hash lands on the home screen
}

/** Feedback, programs and packets. */
function letterWorkRouteOf(hash: string): Route | null {
  const id = (match: RegExpExecArray | null) => (match?.[1] ? safeDecode(match[1]) : null);
  const byAttending = /^#\/feedback\?attending=([^&/]+)$/.exec(hash);
  if (byAttending) return id(byAttending) ? { name: 'feedback', attendingId: id(byAttending)! } : null;
  const feedback = id(/^#\/feedback\/([^/]+)\/edit$/.exec(hash));
  if (feedback) return { name: 'feedbackForm', id: feedback };
  if (hash === '#/programs/new') return { name: 'programForm' };
  const programForm = id(/^#\/programs\/([^/]+)\/edit$/.exec(hash));
  if (programForm) return { name: 'programForm', id: programForm };
  const program = id(/^#\/programs\/([^/]+)$/.exec(hash));
  if (program) return { name: 'program', id: program };
  const letter = id(/^#\/letters\/([^/?]+)$/.exec(hash));
  if (letter) return { name: 'letter', id: letter };
  const packet = id(/^#\/attendings\/([^/]+)\/packet$/.exec(hash));
  if (packet) return { name: 'packet', attendingId: packet };
  return null;
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
