// Names for the contract's shapes, derived from operation ids rather than
// component names, so a renamed schema in the contract does not break the SPA.
import type { components, operations } from './schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type User = JsonBody<operations['getMe']['responses'][200]>;
export type TokenResponse = JsonBody<operations['login']['responses'][200]>;
export type RegisterInput = JsonBody<operations['register']['requestBody']>;
export type Story = JsonBody<operations['createStory']['responses'][201]>;
export type StoryInput = JsonBody<operations['createStory']['requestBody']>;
export type StoryPage = JsonBody<operations['listStories']['responses'][200]>;
export type StoryKind = NonNullable<Story['kind']>;
export type SecurityEvent = JsonBody<operations['listMySecurityEvents']['responses'][200]>['items'][number];
export type SecurityEventKind = SecurityEvent['kind'];
export type TotpEnrolment = JsonBody<operations['startTotpEnrolment']['responses'][200]>;
export type PhiWarning = NonNullable<Story['phiWarnings']>[number];
export type Profile = JsonBody<operations['getProfile']['responses'][200]>;
export type ProfileInput = JsonBody<operations['putProfile']['requestBody']>;
export type Competency = NonNullable<Story['competencies']>[number];
export type PersonalStatementStatus = NonNullable<Profile['personalStatementStatus']>;
export type Rotation = JsonBody<operations['getRotation']['responses'][200]>;
export type RotationInput = JsonBody<operations['createRotation']['requestBody']>;
export type RotationKind = NonNullable<Rotation['kind']>;
export type Attending = JsonBody<operations['getAttending']['responses'][200]>;
export type AttendingInput = JsonBody<operations['createAttending']['requestBody']>;
export type AttendingRole = NonNullable<Attending['role']>;
export type Letter = JsonBody<operations['createLetter']['responses'][201]>;
export type LetterStatus = NonNullable<Letter['status']>;
export type LetterInput = JsonBody<operations['updateLetter']['requestBody']>;
export type LetterType = NonNullable<LetterInput['letterType']>;
export type Commitment = NonNullable<LetterInput['commitment']>;
export type Feedback = JsonBody<operations['getFeedback']['responses'][200]>;
export type FeedbackInput = JsonBody<operations['createFeedback']['requestBody']>;
export type FeedbackKind = NonNullable<Feedback['kind']>;
// Input, answer and export type enthusiasm loosely (anyOf with null): the enum by its schema name.
export type Enthusiasm = components['schemas']['Enthusiasm'];
export type Program = JsonBody<operations['getProgram']['responses'][200]>;
export type ProgramInput = JsonBody<operations['createProgram']['requestBody']>;
export type AssignedLetter = NonNullable<Program['assignedLetters']>[number];
export type Today = JsonBody<operations['getToday']['responses'][200]>;
// Coaching: today, plan, habits, messages, reminders, calendar, data rights.
export type TodayAction = NonNullable<Today['actions']>[number];
export type Deadline = NonNullable<Today['nextDeadlines']>[number];
export type CoachLink = NonNullable<TodayAction['link']>;
export type SetupStep = NonNullable<Today['setup']>[number];
export type SetupStepKind = NonNullable<SetupStep['step']>;
export type Plan = JsonBody<operations['getPlan']['responses'][200]>;
export type Checkpoint = NonNullable<Plan['checkpoints']>[number];
export type CheckpointStatus = NonNullable<Checkpoint['status']>;
export type PlanPhase = NonNullable<Checkpoint['phase']>;
export type Habits = JsonBody<operations['getHabits']['responses'][200]>;
export type HabitStatus = NonNullable<Habits['habits']>[number];
export type HabitName = NonNullable<HabitStatus['habit']>;
export type RotationCheck = NonNullable<Habits['rotations']>[number];
export type RedFlag = NonNullable<RotationCheck['redFlags']>[number];
export type Messages = JsonBody<operations['getMessages']['responses'][200]>;
export type Message = NonNullable<Messages['messages']>[number];
export type MessageKind = NonNullable<Message['kind']>;
export type SentMessage = JsonBody<operations['recordSentMessage']['responses'][200]>;
export type Portfolio = JsonBody<operations['getPortfolio']['responses'][200]>;
export type PortfolioCheck = NonNullable<Portfolio['checks']>[number];
export type PortfolioCheckCode = NonNullable<PortfolioCheck['code']>;
export type PortfolioCheckStatus = NonNullable<PortfolioCheck['status']>;
export type Reminders = JsonBody<operations['getReminders']['responses'][200]>;
export type Reminder = NonNullable<Reminders['due']>[number];
export type CalendarFeed = JsonBody<operations['rotateCalendarToken']['responses'][200]>;
export type AccountExport = JsonBody<operations['exportAccount']['responses'][200]>;
export type FollowedSeason = NonNullable<Today['season']>;
