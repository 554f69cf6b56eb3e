// The shell: header, the current screen, and the bottom bar. Signed-out
// visitors see the login screen whatever the address, and land where they were
// heading once logged in (e.g. a home-screen shortcut to "Log a story").
import { useEffect, useRef } from 'preact/hooks';
import { AuthScreen } from '../auth/AuthScreen';
import { useSession } from '../auth/session';
import { focusScreenHeading } from '../shared/focus';
import { lazyScreen } from '../shared/lazyScreen';
import { NewStory } from '../story/NewStory';
import { StoryList } from '../story/StoryList';
import { TodayScreen } from '../today/TodayScreen';
import { BottomNav } from './BottomNav';
import { Header } from './Header';
import { hashOf, navigate, useRoute, type Route } from './router';
import { Starting, Unreachable } from './StartupScreens';

// Today (home), the story list and the log form load up front; the rest loads on first use.
const StoryDetail = lazyScreen(() => import('../story/StoryDetail').then((m) => m.StoryDetail));
const StoryEdit = lazyScreen(() => import('../story/StoryEdit').then((m) => m.StoryEdit));
const SettingsMenu = lazyScreen(() => import('../settings/SettingsMenu').then((m) => m.SettingsMenu));
const TargetSheet = lazyScreen(() => import('../profile/TargetSheet').then((m) => m.TargetSheet));
const RotationList = lazyScreen(() => import('../writers/RotationList').then((m) => m.RotationList));
const RotationForm = lazyScreen(() => import('../writers/RotationForm').then((m) => m.RotationForm));
const AttendingList = lazyScreen(() => import('../writers/AttendingList').then((m) => m.AttendingList));
const AttendingForm = lazyScreen(() => import('../writers/AttendingForm').then((m) => m.AttendingForm));
const LettersBoard = lazyScreen(() => import('../writers/LettersBoard').then((m) => m.LettersBoard));
const LetterScreen = lazyScreen(() => import('../writers/LetterScreen').then((m) => m.LetterScreen));
const SecurityScreen = lazyScreen(() => import('../security/SecurityScreen').then((m) => m.SecurityScreen));
// Feedback, programs and packets.
const FeedbackList = lazyScreen(() => import('../feedback/FeedbackList').then((m) => m.FeedbackList));
const NewFeedback = lazyScreen(() => import('../feedback/NewFeedback').then((m) => m.NewFeedback));
const FeedbackEdit = lazyScreen(() => import('../feedback/FeedbackEdit').then((m) => m.FeedbackEdit));
const ProgramList = lazyScreen(() => import('../programs/ProgramList').then((m) => m.ProgramList));
const ProgramDetail = lazyScreen(() => import('../programs/ProgramDetail').then((m) => m.ProgramDetail));
const ProgramForm = lazyScreen(() => import('../programs/ProgramForm').then((m) => m.ProgramForm));
const PacketScreen = lazyScreen(() => import('../packet/PacketScreen').then((m) => m.PacketScreen));
// Coaching
const MessagesScreen = lazyScreen(() => import('../messages/MessagesScreen').then((m) => m.MessagesScreen));
const PlanScreen = lazyScreen(() => import('../plan/PlanScreen').then((m) => m.PlanScreen));
const PortfolioScreen = lazyScreen(() => import('../portfolio/PortfolioScreen').then((m) => m.PortfolioScreen));
const HabitsScreen = lazyScreen(() => import('../habits/HabitsScreen').then((m) => m.HabitsScreen));
const CalendarScreen = lazyScreen(() => import('../settings/CalendarScreen').then((m) => m.CalendarScreen));
const YourDataScreen = lazyScreen(() => import('../settings/YourDataScreen').then((m) => m.YourDataScreen));

export function App() {
  const session = useSession();
  const route = useRoute();
  const signedIn = session.status === 'signedIn';
  const onAuthRoute = route.name === 'login' || route.name === 'register';

  useEffect(() => {
    if (signedIn && onAuthRoute) navigate({ name: 'today' }, { replace: true });
  }, [signedIn, onAuthRoute]);

  useFocusOnNavigation(`${session.status}:${hashOf(route)}`);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header user={signedIn ? session.user : null} />
      <main id="main" class={signedIn ? 'with-bottom-nav' : ''}>
        {session.status === 'starting' && <Starting />}
        {session.status === 'unreachable' && <Unreachable />}
        {session.status === 'signedOut' && (
          <AuthScreen mode={route.name === 'register' ? 'register' : 'login'} sessionEnded={!!session.ended} />
        )}
        {signedIn && <Screen key={hashOf(route)} route={route} />}
      </main>
      {signedIn && <BottomNav route={route} />}
    </>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'newStory':
      return <NewStory witness={route.witness} />;
    case 'story':
      return <StoryDetail id={route.id} />;
    case 'editStory':
      return <StoryEdit id={route.id} />;
    case 'settings':
      return <SettingsMenu />;
    case 'security':
      return <SecurityScreen />;
    case 'targetSheet':
      return <TargetSheet />;
    case 'rotations':
      return <RotationList />;
    case 'rotationForm':
      return <RotationForm id={route.id} />;
    case 'attendings':
      return <AttendingList />;
    case 'attendingForm':
      return <AttendingForm id={route.id} />;
    case 'letters':
      return <LettersBoard />;
    case 'letter':
      return <LetterScreen id={route.id} />;
    case 'stories':
      return <StoryList />;
    case 'feedback':
      return <FeedbackList attendingId={route.attendingId} />;
    case 'newFeedback':
      return <NewFeedback />;
    case 'feedbackForm':
      return <FeedbackEdit id={route.id} />;
    case 'programs':
      return <ProgramList />;
    case 'program':
      return <ProgramDetail id={route.id} />;
    case 'programForm':
      return <ProgramForm id={route.id} />;
    case 'packet':
      return <PacketScreen attendingId={route.attendingId} />;
    case 'messages':
      return <MessagesScreen letterId={route.letterId} attendingId={route.attendingId} kind={route.kind} />;
    case 'plan':
      return <PlanScreen at={route.at} />;
    case 'habits':
      return <HabitsScreen />;
    case 'portfolio':
      return <PortfolioScreen />;
    case 'calendar':
      return <CalendarScreen />;
    case 'yourData':
      return <YourDataScreen />;
    default:
      return <TodayScreen />;
  }
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
