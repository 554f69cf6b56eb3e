// A hash router: the whole app is one static page, so any static host (or the
// back end itself) can serve it without rewrite rules, and the service worker
// only ever has to answer one address when the phone is offline.
import { createStore, useStore } from '../shared/store';

import { ROUTES, type PlainRouteName, type Route, type RouteName, type RouteSpec, type Tab } from './routes';

export type { Route, RouteName, Tab } from './routes';

const SPECS = new Map<string, RouteSpec>(ROUTES.map((spec) => [spec.name, spec]));
const specOf = (name: RouteName): RouteSpec => SPECS.get(name)!;
const patternsOf = (spec: RouteSpec): readonly string[] => (typeof spec.path === 'string' ? [spec.path] : spec.path);
const KEYS = new Map<string, string[]>();
const keysIn = (pattern: string): string[] =>
  KEYS.get(pattern) ??
  KEYS.set(
    pattern,
    [...pattern.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!),
  ).get(pattern)!;

/** One address pattern, ready to match: a `:param` is one part of the address, with no `/`, `?` or `&`. */
interface Matcher {
  spec: RouteSpec;
  keys: string[];
  regex: RegExp;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Fewest params first: `#/stories/new` is the log form, not a story whose id is "new".
const MATCHERS: readonly Matcher[] = ROUTES.flatMap((spec: RouteSpec) =>
  patternsOf(spec).map((pattern) => {
    const source = pattern
      .split(/(:[A-Za-z]+)/)
      .map((part) => (part.startsWith(':') ? '([^/?&]+)' : escapeRegex(part)))
      .join('');
    return { spec, keys: keysIn(pattern), regex: new RegExp(`^${source}${spec.query ? '(?:\\?(.*))?' : ''}$`) };
  }),
).sort((a, b) => a.keys.length - b.keys.length);

/** The address of every screen that needs no param (`paths.settings`). */
export const paths = Object.fromEntries(
  ROUTES.map((spec: RouteSpec) => [spec.name, patternsOf(spec)[0]!] as const).filter(([, path]) => !path.includes(':')),
) as Readonly<Record<PlainRouteName, string>>;

export function hashOf(route: Route): string {
  const spec = specOf(route.name);
  const params = route as unknown as Readonly<Record<string, string | undefined>>;
  // The address that carries the most of the params given.
  const pattern = patternsOf(spec)
    .filter((candidate) => keysIn(candidate).every((key) => params[key]))
    .reduce((best, candidate) => (keysIn(candidate).length > keysIn(best).length ? candidate : best));
  const path = pattern.replace(/:([A-Za-z]+)/g, (_, key: string) => encodeURIComponent(params[key]!));
  return spec.query
    ? withQuery(
        path,
        spec.query.map((key) => [key, params[key]]),
      )
    : path;
}

function withQuery(path: string, query: [string, string | undefined][]): string {
  const search = new URLSearchParams(query.filter((entry): entry is [string, string] => !!entry[1])).toString();
  return search ? `${path}?${search}` : path;
}

export function routeOf(hash: string): Route {
  for (const spec of ROUTES as readonly RouteSpec[]) if (spec.oldPaths?.includes(hash)) return { name: spec.name } as Route;
  for (const { spec, keys, regex } of MATCHERS) {
    const match = regex.exec(hash);
    if (!match) continue;
    const values = keys.map((_, i) => safeDecode(match[i + 1]!));
    if (values.includes(null)) continue; // a broken address part: not this screen
    const route: Record<string, string> = { name: spec.name };
    keys.forEach((key, i) => (route[key] = values[i]!));
    const search = new URLSearchParams(match[keys.length + 1] ?? '');
    for (const key of spec.query ?? []) if (search.get(key)) route[key] = search.get(key)!;
    return route as unknown as Route;
  }
  return { name: 'today' }; // an unknown or empty hash lands on the home screen
}

/** The bottom-bar tab kept marked on this screen, if any. */
export const tabOf = (route: Route): Tab | undefined => specOf(route.name).tab;

/** Whether the screen at `hash` works offline; the others are read from the API each time. */
/** Whether the screen opens for a signed-out visitor too (see RouteSpec.public). */
export const isPublic = (route: Route): boolean => !!specOf(route.name).public;
/** Whether the screen is drawn alone (see RouteSpec.bare). */
export const isBare = (route: Route): boolean => !!specOf(route.name).bare;
export const worksOffline = (hash: string): boolean => !!specOf(routeOf(hash).name).offline;

// Shorthands for the links screens make most.
export const formPath = (name: 'rotationForm' | 'attendingForm', id?: string) => hashOf(id ? { name, id } : { name });
export const feedbackListPath = (attendingId?: string) => hashOf({ name: 'feedback', attendingId });
export const feedbackPath = (id: string) => hashOf({ name: 'feedbackForm', id });
export const programPath = (id: string) => hashOf({ name: 'program', id });
export const programFormPath = (id?: string) => hashOf({ name: 'programForm', id });
export const packetPath = (attendingId: string) => hashOf({ name: 'packet', attendingId });
export const letterPath = (id: string) => hashOf({ name: 'letter', id });
export const newStoryPath = (witness?: string) => hashOf({ name: 'newStory', witness });
export const storyPath = (id: string) => hashOf({ name: 'story', id });
export const editStoryPath = (id: string) => hashOf({ name: 'editStory', id });
export const messagesPath = (query: { letterId?: string; attendingId?: string; kind?: string; shareUrl?: string } = {}) =>
  hashOf({ name: 'messages', ...query });
export const planPath = (at?: string) => hashOf({ name: 'plan', at });
export const sharedPagePath = (token: string) => hashOf({ name: 'sharedPage', token });

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
