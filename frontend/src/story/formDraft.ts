// The story forms' drafts (see shared/draftStore.ts for why they are kept).
import type { KeyValueStorage } from '../shared/browserStorage';
import { createDraftStore as createStore } from '../shared/draftStore';
import { EMPTY_DRAFT } from './draft';

export const createDraftStore = (storage?: KeyValueStorage) => createStore('lorkit.draft.', EMPTY_DRAFT, storage);

export const drafts = createDraftStore();
