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
