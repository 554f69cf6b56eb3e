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
  /** Feedback, programs and packets (`attendingId`: only that attending's feedback). */
  | { name: 'feedback'; attendingId?: string }
  | { name: 'newFeedback' }
  /** `id` is the API's id, or a local one for feedback still in the outbox. */
  | { name: 'feedbackForm'; id: string }
  | { name: 'programs' }
  | { name: 'program'; id: string }
  | { name: 'programForm'; id?: string }
  | { name: 'packet'; attendingId: string };

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
  feedback: '#/feedback',
  newFeedback: '#/feedback/new',
  programs: '#/programs',
} as const;

/** The screens that open from the "More" menu: its tab stays marked there. */
/** Feedback, programs and packets open from "More" too. */
const LETTER_WORK_SCREENS: readonly RouteName[] = ['feedback', 'feedbackForm', 'programs', 'program', 'programForm', 'packet'];

export const MORE_SCREENS: readonly RouteName[] = ['today', 'settings', 'security', 'targetSheet', 'rotations', 'attendings', 'letters', 'rotationForm', 'attendingForm', ...LETTER_WORK_SCREENS];

/** The log forms: the bottom bar's log button stays marked on either. */
export const LOG_SCREENS: readonly RouteName[] = ['newStory', 'newFeedback'];

const FORM_OF = { rotationForm: 'rotations', attendingForm: 'attendings' } as const;
export const formPath = (name: keyof typeof FORM_OF, id?: string) =>
  id ? `#/${FORM_OF[name]}/${encodeURIComponent(id)}/edit` : `#/${FORM_OF[name]}/new`;

export const feedbackListPath = (attendingId?: string) => (attendingId ? `#/feedback?attending=${encodeURIComponent(attendingId)}` : paths.feedback);
export const feedbackPath = (id: string) => `#/feedback/${encodeURIComponent(id)}/edit`;
export const programPath = (id: string) => `#/programs/${encodeURIComponent(id)}`;
export const programFormPath = (id?: string) => (id ? `${programPath(id)}/edit` : '#/programs/new');
export const packetPath = (attendingId: string) => `#/attendings/${encodeURIComponent(attendingId)}/packet`;

export const storyPath = (id: string) => `#/stories/${encodeURIComponent(id)}`;
export const editStoryPath = (id: string) => `${storyPath(id)}/edit`;

export function hashOf(route: Route): string {
  if (route.name === 'feedback') return feedbackListPath(route.attendingId);
  if (route.name === 'feedbackForm') return feedbackPath(route.id);
  if (route.name === 'program') return programPath(route.id);
  if (route.name === 'programForm') return programFormPath(route.id);
  if (route.name === 'packet') return packetPath(route.attendingId);
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
  const letterWork = letterWorkRouteOf(hash);
  if (letterWork) return letterWork;
  return { name: 'stories' }; // an unknown or empty hash lands on the home screen
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
