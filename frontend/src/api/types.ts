// Names for the contract's shapes, derived from operation ids rather than
// component names, so a renamed schema in the contract does not break the SPA.
import type { operations } from './schema';

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
export type Feedback = JsonBody<operations['getFeedback']['responses'][200]>;
export type FeedbackInput = JsonBody<operations['createFeedback']['requestBody']>;
export type FeedbackKind = NonNullable<Feedback['kind']>;
// Input and answer type enthusiasm loosely (anyOf with null); the export names the plain enum.
export type Enthusiasm = NonNullable<NonNullable<JsonBody<operations['exportAccount']['responses'][200]>['feedback']>[number]['enthusiasm']>;
export type Program = JsonBody<operations['getProgram']['responses'][200]>;
export type ProgramInput = JsonBody<operations['createProgram']['requestBody']>;
export type AssignedLetter = NonNullable<Program['assignedLetters']>[number];
export type Today = JsonBody<operations['getToday']['responses'][200]>;
