// Every screen of the app, in one table: its address, the code that draws it, the bottom-bar tab it
// keeps marked and whether it works with no connection. Links, matching, rendering, the bar and the
// offline lists are all read from here (router.ts, App.tsx, BottomNav.tsx): a new screen is one entry.
//
// `path`: the hash address, or several (the first whose `:params` are all given is the one linked to);
// a `:param` is one address part (or a query value, as in `?witness=:witness`), encoded.
// `query`: optional values after a `?`, in this order; unknown or empty ones are ignored.
// `screen`: loads the screen on first use; its props are the route's params. `upFront`: loaded as the
// app starts, not on first use (Today, the story list and the log form must open at once).
// `tab`: the bottom-bar tab marked on this screen. `offline`: the screen opens with no connection
// (from the phone's copy, or through the outbox); the others are read from the API each time.
import type { ComponentType } from 'preact';

export type Tab = 'today' | 'log' | 'stories' | 'more';

// Screens take different props (the route's params): the table cannot name one props type for all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ScreenLoader = () => Promise<ComponentType<any>>;

export interface RouteSpec {
  readonly name: string;
  readonly path: string | readonly string[];
  readonly query?: readonly string[];
  /** Earlier addresses of this screen, still followed. */
  readonly oldPaths?: readonly string[];
  /** None: the login and register screens, which the shell draws itself. */
  readonly screen?: ScreenLoader;
  readonly upFront?: boolean;
  readonly tab?: Tab;
  readonly offline?: boolean;
  /** Opens signed out too: the forgotten-password form and the links in LORkit's mails. */
  readonly public?: boolean;
  /** Drawn alone, signed in or not: no header, no bottom bar, no login, never kept for offline (the
   *  shared pages a writer or an adviser opens from a link, on a browser that is not the applicant's). */
  readonly bare?: boolean;
}

const screen = (load: ScreenLoader): ScreenLoader => load;

export const ROUTES = [
  // Today is the home screen; it had its own address before.
  {
    name: 'today',
    path: '#/',
    oldPaths: ['#/today'],
    screen: screen(() => import('../today/TodayScreen').then((m) => m.TodayScreen)),
    upFront: true,
    tab: 'today',
    offline: true,
  },
  { name: 'login', path: '#/login' },
  { name: 'register', path: '#/register' },
  // Reached from the login screen and from the mails' links, signed in or not.
  {
    name: 'forgotPassword',
    path: '#/forgot-password',
    screen: screen(() => import('../auth/ForgotPasswordScreen').then((m) => m.ForgotPasswordScreen)),
    public: true,
  },
  {
    name: 'resetPassword',
    path: '#/reset-password?token=:token',
    screen: screen(() => import('../auth/ResetPasswordScreen').then((m) => m.ResetPasswordScreen)),
    public: true,
  },
  {
    name: 'verifyEmail',
    path: '#/verify-email?token=:token',
    screen: screen(() => import('../auth/VerifyEmailScreen').then((m) => m.VerifyEmailScreen)),
    public: true,
  },
  // From a digest mail's "Stop these emails" link: no login, the mail's token is the proof.
  {
    name: 'unsubscribe',
    path: '#/unsubscribe?token=:token',
    screen: screen(() => import('../settings/UnsubscribeScreen').then((m) => m.UnsubscribeScreen)),
    public: true,
  },

  // A writer's page or an adviser's view (issue 18): the link's token is the only proof.
  {
    name: 'sharedPage',
    path: '#/s/:token',
    screen: screen(() => import('../share/SharedPageScreen').then((m) => m.SharedPageScreen)),
    public: true,
    bare: true,
  },

  // Stories. `id` is the API's id, or a local one (see outbox) for a story not sent yet.
  {
    name: 'stories',
    path: '#/stories',
    screen: screen(() => import('../story/StoryList').then((m) => m.StoryList)),
    upFront: true,
    tab: 'stories',
    offline: true,
  },
  /** `witness`: log a story for this writer (from their card): ticked, in sight. */
  {
    name: 'newStory',
    path: ['#/stories/new', '#/stories/new?witness=:witness'],
    screen: screen(() => import('../story/NewStory').then((m) => m.NewStory)),
    upFront: true,
    tab: 'log',
    offline: true,
  },
  {
    name: 'story',
    path: '#/stories/:id',
    screen: screen(() => import('../story/StoryDetail').then((m) => m.StoryDetail)),
    tab: 'stories',
    offline: true,
  },
  {
    name: 'editStory',
    path: '#/stories/:id/edit',
    screen: screen(() => import('../story/StoryEdit').then((m) => m.StoryEdit)),
    tab: 'stories',
    offline: true,
  },

  // Settings and the writers, under More. A rotation or attending form: `id` absent for a new one.
  {
    name: 'settings',
    path: '#/settings',
    screen: screen(() => import('../settings/SettingsMenu').then((m) => m.SettingsMenu)),
    tab: 'more',
  },
  {
    name: 'security',
    path: '#/settings/security',
    screen: screen(() => import('../security/SecurityScreen').then((m) => m.SecurityScreen)),
    tab: 'more',
  },
  {
    name: 'targetSheet',
    path: '#/settings/target',
    screen: screen(() => import('../profile/TargetSheet').then((m) => m.TargetSheet)),
    tab: 'more',
  },
  {
    name: 'rotations',
    path: '#/rotations',
    screen: screen(() => import('../writers/RotationList').then((m) => m.RotationList)),
    tab: 'more',
  },
  {
    name: 'rotationForm',
    path: ['#/rotations/new', '#/rotations/:id/edit'],
    screen: screen(() => import('../writers/RotationForm').then((m) => m.RotationForm)),
    tab: 'more',
  },
  {
    name: 'attendings',
    path: '#/attendings',
    screen: screen(() => import('../writers/AttendingList').then((m) => m.AttendingList)),
    tab: 'more',
  },
  {
    name: 'attendingForm',
    path: ['#/attendings/new', '#/attendings/:id/edit'],
    screen: screen(() => import('../writers/AttendingForm').then((m) => m.AttendingForm)),
    tab: 'more',
  },
  {
    name: 'letters',
    path: '#/letters',
    screen: screen(() => import('../writers/LettersBoard').then((m) => m.LettersBoard)),
    tab: 'more',
  },
  /** One letter request: its moves with their dates, corrections and ERAS facts. */
  {
    name: 'letter',
    path: '#/letters/:id',
    screen: screen(() => import('../writers/LetterScreen').then((m) => m.LetterScreen)),
    tab: 'more',
  },

  // Feedback, programs and packets. `attendingId`: only that attending's feedback. A feedback `id`
  // is the API's id, or a local one for feedback still in the outbox.
  {
    name: 'feedback',
    path: ['#/feedback', '#/feedback?attending=:attendingId'],
    screen: screen(() => import('../feedback/FeedbackList').then((m) => m.FeedbackList)),
    tab: 'more',
  },
  {
    name: 'newFeedback',
    path: '#/feedback/new',
    screen: screen(() => import('../feedback/NewFeedback').then((m) => m.NewFeedback)),
    tab: 'log',
    offline: true,
  },
  {
    name: 'feedbackForm',
    path: '#/feedback/:id/edit',
    screen: screen(() => import('../feedback/FeedbackEdit').then((m) => m.FeedbackEdit)),
    tab: 'more',
  },
  {
    name: 'programs',
    path: '#/programs',
    screen: screen(() => import('../programs/ProgramList').then((m) => m.ProgramList)),
    tab: 'more',
  },
  {
    name: 'program',
    path: '#/programs/:id',
    screen: screen(() => import('../programs/ProgramDetail').then((m) => m.ProgramDetail)),
    tab: 'more',
  },
  {
    name: 'programForm',
    path: ['#/programs/new', '#/programs/:id/edit'],
    screen: screen(() => import('../programs/ProgramForm').then((m) => m.ProgramForm)),
    tab: 'more',
  },
  {
    name: 'packet',
    path: '#/attendings/:attendingId/packet',
    screen: screen(() => import('../packet/PacketScreen').then((m) => m.PacketScreen)),
    tab: 'more',
  },

  // Coaching, under More. `messages`: one writer's scripts (by letter or attending), `kind` opened
  // first, `shareUrl`: the writer's page link the letter's emails carry; none named: the list of writers and the reminders owed. `plan`: `at` is a checkpoint to show.
  {
    name: 'messages',
    path: '#/messages',
    query: ['letterId', 'attendingId', 'kind', 'shareUrl'],
    screen: screen(() => import('../messages/MessagesScreen').then((m) => m.MessagesScreen)),
    tab: 'more',
  },
  {
    name: 'plan',
    path: '#/plan',
    query: ['at'],
    screen: screen(() => import('../plan/PlanScreen').then((m) => m.PlanScreen)),
    tab: 'more',
  },
  {
    name: 'habits',
    path: '#/habits',
    screen: screen(() => import('../habits/HabitsScreen').then((m) => m.HabitsScreen)),
    tab: 'more',
  },
  /** The letters against the rule of 2-4, as the API checks them. */
  {
    name: 'portfolio',
    path: '#/portfolio',
    screen: screen(() => import('../portfolio/PortfolioScreen').then((m) => m.PortfolioScreen)),
    tab: 'more',
    offline: true,
  },
  {
    name: 'notifications',
    path: '#/settings/notifications',
    screen: screen(() => import('../settings/NotificationsScreen').then((m) => m.NotificationsScreen)),
    tab: 'more',
  },
  {
    name: 'calendar',
    path: '#/settings/calendar',
    screen: screen(() => import('../settings/CalendarScreen').then((m) => m.CalendarScreen)),
    tab: 'more',
  },
  /** The writer's pages and adviser views the applicant made: views, expiry, revoke; a new adviser link. */
  {
    name: 'sharing',
    path: '#/settings/sharing',
    screen: screen(() => import('../share/SharingScreen').then((m) => m.SharingScreen)),
    tab: 'more',
  },
  {
    name: 'yourData',
    path: '#/settings/data',
    screen: screen(() => import('../settings/YourDataScreen').then((m) => m.YourDataScreen)),
    tab: 'more',
  },
] as const satisfies readonly RouteSpec[];

type Entry = (typeof ROUTES)[number];
type PathsOf<E> = E extends { path: infer P } ? (P extends readonly (infer Q)[] ? Q : P) : never;
type QueryOf<E> = E extends { query: readonly (infer Q)[] } ? Q : never;

/** The `:params` of one address pattern. */
type ParamsIn<P> = P extends `${string}:${infer Rest}`
  ? Rest extends `${infer Key}/${infer Tail}`
    ? Key | ParamsIn<`/${Tail}`>
    : Rest
  : never;
/** Params some address of the route goes without: optional, like the query values. */
type MissingIn<E, All> = PathsOf<E> extends infer P ? (P extends string ? Exclude<All, ParamsIn<P>> : never) : never;

type RouteFor<E> = E extends Entry
  ? {
      name: E['name'];
    } & { [K in Exclude<ParamsIn<PathsOf<E>>, MissingIn<E, ParamsIn<PathsOf<E>>>>]: string } & {
      [K in MissingIn<E, ParamsIn<PathsOf<E>>> | QueryOf<E>]?: string;
    } extends infer R
    ? { [K in keyof R]: R[K] }
    : never
  : never;

/** A screen and its params, e.g. `{ name: 'story', id }`. */
export type Route = RouteFor<Entry>;
export type RouteName = Route['name'];
/** The screens whose (first) address needs no param: `paths.settings`. */
export type PlainRouteName = PlainName<Entry>;
type PlainName<E> = E extends Entry ? ([ParamsIn<FirstPath<E>>] extends [never] ? E['name'] : never) : never;
type FirstPath<E> = E extends { path: readonly [infer F, ...unknown[]] } ? F : E extends { path: infer P } ? P : never;
