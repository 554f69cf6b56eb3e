// A one-time message for the next screen ("Story saved."), handed over on
// navigation and shown once.
import { useState } from 'preact/hooks';
import { createStore } from './store';

const flash = createStore<string | null>(null);

export function showOnNextScreen(message: string): void {
  flash.set(message);
}

/** Takes the message, if any, for this visit of the screen only. */
export function useFlash(): string | null {
  const [message] = useState(() => {
    const taken = flash.get();
    flash.set(null);
    return taken;
  });
  return message;
}
