// The shell: header, the current screen, and the bottom bar. Signed-out
// visitors see the login screen whatever the address, and land where they were
// heading once logged in (e.g. a home-screen shortcut to "Log a story").
import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AuthScreen } from '../auth/AuthScreen';
import { useSession } from '../auth/session';
import { focusScreenHeading } from '../shared/focus';
import { lazyScreen } from '../shared/lazyScreen';
import { BottomNav } from './BottomNav';
import { Header } from './Header';
import { hashOf, isBare, isPublic, navigate, useRoute, type Route } from './router';
import { ROUTES, type RouteSpec, type ScreenLoader } from './routes';
import { Starting, Unreachable } from './StartupScreens';

type Props = Record<string, string | undefined>;

/** A screen from the route table: loaded on first use, or as the app starts when marked `upFront`. */
function screenOf(load: ScreenLoader, upFront: boolean): FunctionComponent<Props> {
  let ready: ComponentType<Props> | null = null;
  let loading: ReturnType<ScreenLoader> | null = null;
  const loadOnce = () =>
    (loading ??= load().then(
      (screen) => (ready = screen),
      (failure: unknown) => {
        loading = null; // "Try again" loads it afresh
        throw failure;
      },
    ));
  if (upFront) void loadOnce().catch(() => {}); // lazyScreen says so if it failed, when the screen is opened
  const Lazy = lazyScreen<Props>(loadOnce);
  return function RouteScreen(props: Props) {
    // Decided once per screen shown, so a screen that arrives later is never swapped under the applicant.
    const [Loaded] = useState(() => ready);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
}

const SCREENS = new Map(
  (ROUTES as readonly RouteSpec[]).flatMap((spec) =>
    spec.screen ? [[spec.name, screenOf(spec.screen, !!spec.upFront)] as const] : [],
  ),
);

export function App() {
  const session = useSession();
  const route = useRoute();
  const signedIn = session.status === 'signedIn';
  const onAuthRoute = route.name === 'login' || route.name === 'register';

  useEffect(() => {
    if (signedIn && onAuthRoute) navigate({ name: 'today' }, { replace: true });
  }, [signedIn, onAuthRoute]);

  useFocusOnNavigation(`${session.status}:${hashOf(route)}`);

  // A shared page stands alone: whoever is logged in on this browser (most often nobody), it shows
  // the same, with nothing of the app around it.
  if (isBare(route)) {
    return (
      <main id="main" class="bare">
        <Screen key={hashOf(route)} route={route} />
      </main>
    );
  }

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header user={signedIn ? session.user : null} />
      <main id="main" class={signedIn ? 'with-bottom-nav' : ''}>
        {session.status === 'starting' && <Starting />}
        {session.status === 'unreachable' && <Unreachable />}
        {session.status === 'signedOut' && !isPublic(route) && (
          <AuthScreen mode={route.name === 'register' ? 'register' : 'login'} sessionEnded={!!session.ended} />
        )}
        {(signedIn || (session.status === 'signedOut' && isPublic(route))) && <Screen key={hashOf(route)} route={route} />}
      </main>
      {signedIn && <BottomNav route={route} />}
    </>
  );
}

/** The route's screen, given the route's params. Login and register have none once signed in: Today shows
 *  while the shell sends the applicant there. */
function Screen({ route }: { route: Route }) {
  const { name, ...params } = route;
  const Shown = SCREENS.get(name) ?? SCREENS.get('today')!;
  return <Shown {...params} />;
}

/** Moves focus to the new screen's heading when the screen changes. Not on
 *  the first screen after start-up: there the browser's own page-load focus is right. */
function useFocusOnNavigation(screen: string) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const startingUp = previous.current === null || previous.current.startsWith('starting:');
    previous.current = screen;
    if (!startingUp) focusScreenHeading();
  }, [screen]);
}
