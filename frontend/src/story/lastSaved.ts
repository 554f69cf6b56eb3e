// Hands the story just saved from the form to the list, so it shows on top at
// once, even before (or without) the list reloading on slow hospital Wi-Fi.
import type { Story } from '../api/types';
import { createStore } from '../shared/store';

export const lastSaved = createStore<Story | null>(null);
