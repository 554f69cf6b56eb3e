// Security and login: the authenticator app, the password, every session at
// once, and what happened to the account lately. Loaded on first use.
import { useEffect, useState } from 'preact/hooks';
import type { SecurityEvent } from '../api/types';
import { PageHeading } from '../shared/PageHeading';
import { LogOutEverywhere } from './LogOutEverywhere';
import { PasswordSection } from './PasswordSection';
import { recentEvents } from './securityApi';
import { secondFactorOn } from './securityText';
import { SecurityEvents } from './SecurityEvents';
import { TwoFactorSection } from './TwoFactorSection';
import { BackToMore } from '../app/BackToMore';

type Events = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'loaded'; items: SecurityEvent[] };

export function SecurityScreen() {
  const [events, setEvents] = useState<Events>({ status: 'loading' });

  async function load() {
    const result = await recentEvents();
    setEvents(
      result.ok ? { status: 'loaded', items: result.value } : { status: 'failed', message: result.errors.form.join(' ') },
    );
  }

  useEffect(() => void load(), []);

  return (
    <section class="security">
      <PageHeading title="Security and login" />
      {events.status === 'loading' && (
        <p class="muted" role="status">
          Loading…
        </p>
      )}
      {events.status === 'failed' && (
        <div class="form-errors" role="alert">
          <p>{events.message}</p>
          <button type="button" class="button" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}
      {events.status === 'loaded' && (
        <>
          <TwoFactorSection on={secondFactorOn(events.items) ?? false} onChanged={() => void load()} />
          <PasswordSection onChanged={() => void load()} />
          <LogOutEverywhere />
          <SecurityEvents events={events.items} />
        </>
      )}
      <BackToMore />
    </section>
  );
}
