// The app's single API client and token store. Everything that talks to the
// API imports `api` from here.
import { apiAnswered } from '../shared/connection';
import { createApi } from './createApi';
import { createTokenStore } from './tokens';

export const tokens = createTokenStore();
export const { client: api, refresh } = createApi({ tokens, onAnswer: apiAnswered });
