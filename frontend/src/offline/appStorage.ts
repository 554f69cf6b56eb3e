// The app's one on-phone storage, shared by the outbox and the offline copy.
import { browserKeyValue } from './keyValue';
import { createLastLoaded } from './lastLoaded';

export const kv = browserKeyValue();
export const lastLoaded = createLastLoaded(kv);
