// The shell: header, the current screen, and the bottom bar. Signed-out
// visitors see the login screen whatever the address, and land where they were
// heading once logged in (e.g. a home-screen shortcut to "Log a story").
import { useEffect, useRef } from 'preact/hooks';
import { AuthScreen } from '../auth/AuthScreen';
import { useSession } from '../auth/session';
import { StoryForm } from '../story/StoryForm';
import { StoryList } from '../story/StoryList';
import { BottomNav } from './BottomNav';
import { Header } from './Header';
import { navigate, useRoute } from './router';
import { Starting, Unreachable } from './StartupScreens';

export function App() {
  const session = useSession();
  const route = useRoute();
  const signedIn = session.status === 'signedIn';
  const onAuthRoute = route === 'login' || route === 'register';

  useEffect(() => {
    if (signedIn && onAuthRoute) navigate('stories', { replace: true });
  }, [signedIn, onAuthRoute]);

  useFocusOnNavigation(`${session.status}:${route}`);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header user={signedIn ? session.user : null} />
      <main id="main" class={signedIn ? 'with-bottom-nav' : ''}>
        {session.status === 'starting' && <Starting />}
        {session.status === 'unreachable' && <Unreachable />}
        {session.status === 'signedOut' && <AuthScreen mode={route === 'register' ? 'register' : 'login'} />}
        {signedIn && (route === 'newStory' ? <StoryForm /> : <StoryList />)}
      </main>
      {signedIn && <BottomNav route={route} />}
    </>
  );
}

/** Screen readers stay where they were when a single-page app swaps screens:
 *  move focus to the new screen's heading. Not on the first screen after
 *  start-up: there the browser's own page-load focus is right. */
function useFocusOnNavigation(screen: string) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const startingUp = previous.current === null || previous.current.startsWith('starting:');
    previous.current = screen;
    if (!startingUp) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [screen]);
}
