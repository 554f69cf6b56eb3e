// The phone-notifications part of Settings › Notifications: what is on (this phone, others), what this
// browser can do before anything is asked (no push at all, blocked), and after a tap what happened, right
// under the button that was tapped.
import type { NotificationSettings } from '../api/types';
import type { EnableOutcome, PushBrowser } from './pushSubscription';

export const PUSH_SAID: Record<EnableOutcome | 'turnedOff', string> = {
  subscribed: 'This phone now gets your notifications.',
  turnedOff: 'This phone gets no more notifications from LORkit.',
  unsupported:
    'This browser cannot show notifications. On an iPhone, add LORkit to your Home Screen (Share, Add to Home Screen) and open it from there.',
  denied: 'Notifications are blocked for LORkit in this browser. Allow them in your browser or phone settings, then try again.',
  unavailable:
    'This browser could not set up notifications: its notification service said no, or did not answer. Try again later, or get your digest by email (below).',
  failed: "We couldn't reach LORkit to change notifications for this phone. Check your connection and try again.",
};

const count = (n: number, more = '') => (n === 1 ? `1 ${more}phone or browser` : `${n} ${more}phones or browsers`);

export interface PhoneState {
  /** Which phones get notifications. */
  summary: string;
  /** What this browser allows, said before any tap; null when nothing stands in the way. */
  browserSays: string | null;
  /** null: no button, nothing this browser can do. */
  button: { label: string; turnOn: boolean } | null;
}

/** `here`: this browser holds a subscription the API knows (see subscribedHere). */
export function phoneState(
  settings: NotificationSettings,
  here: boolean,
  browser: Pick<PushBrowser, 'supported' | 'permission'>,
): PhoneState {
  const phones = settings.pushEnabled ? (settings.phones ?? 0) : 0;
  const onHere = here && phones > 0;
  const summary = onHere
    ? phones === 1
      ? 'On for this phone.'
      : `On for this phone and ${count(phones - 1, 'more ')}.`
    : phones > 0
      ? `On for ${count(phones)}, not this one.`
      : 'Off. Turn them on to get your digest and urgent notes on this phone.';
  if (onHere) return { summary, browserSays: null, button: { label: 'Turn off on this phone', turnOn: false } };
  if (!browser.supported) return { summary, browserSays: PUSH_SAID.unsupported, button: null };
  return {
    summary,
    browserSays: browser.permission() === 'denied' ? PUSH_SAID.denied : null,
    button: { label: phones > 0 ? 'Turn on for this phone too' : 'Turn on phone notifications', turnOn: true },
  };
}

export function PhoneNotifications({
  state,
  said,
  busy,
  onTurn,
}: {
  state: PhoneState;
  said: string | null;
  busy: boolean;
  onTurn: (on: boolean) => void;
}) {
  return (
    <div class="panel">
      <h2>Phone notifications</h2>
      <p>{state.summary}</p>
      {/* Above the button, so that what a tap did is read before trying again. */}
      {said ? <p role="status">{said}</p> : state.browserSays && <p class="hint">{state.browserSays}</p>}
      {state.button && (
        <button type="button" class="button primary" disabled={busy} onClick={() => onTurn(state.button!.turnOn)}>
          {state.button.label}
        </button>
      )}
    </div>
  );
}
