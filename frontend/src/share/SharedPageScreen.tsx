// What a link the applicant shared opens (#/s/<token>), on any browser, with no login: a writer's
// page (one letter: the greeting, the soft deadline, how to upload, the talking points, and three
// buttons to say where the letter stands) or an adviser's view (the season at a glance). Drawn bare
// (routes.ts: no header, no bottom bar), kept out of search engines while shown, read through the
// public client only. Opening it counts one view, so it is read once per visit, never polled.
import { useEffect, useState } from 'preact/hooks';
import { oneLine } from '../api/result';
import type { SharedPage } from '../api/types';
import { PageHeading } from '../shared/PageHeading';
import { SharedAdviserView } from './SharedAdviserView';
import { SharedWriterView } from './SharedWriterView';
import { GONE_MESSAGE, TOO_MANY_MESSAGE, getSharedPage } from './sharedPageApi';
import './share.css';

type State =
  | { step: 'loading' }
  | { step: 'shown'; page: SharedPage }
  | { step: 'gone' }
  | { step: 'failed'; message: string; tooMany: boolean };

/** `<meta name="robots" content="noindex">` while the page is shown (the API says so in its headers too). */
export function useNoIndex(): void {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex, nofollow';
    document.head.appendChild(meta);
    return () => meta.remove();
  }, []);
}

export function SharedPageScreen({ token }: { token: string }) {
  useNoIndex();
  const [state, setState] = useState<State>({ step: 'loading' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let current = true;
    void getSharedPage(token).then((result) => {
      if (!current) return;
      if (result.ok) setState({ step: 'shown', page: result.value });
      else if (result.status === 404) setState({ step: 'gone' });
      else setState({ step: 'failed', message: oneLine(result.errors), tooMany: result.status === 429 });
    });
    return () => {
      current = false;
    };
  }, [token, tries]);

  if (state.step === 'loading') {
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  }
  if (state.step === 'gone') {
    return (
      <section class="shared-page">
        <PageHeading title="Sorry, this link has ended" />
        <p>{GONE_MESSAGE}</p>
        <p class="hint">
          Links to these pages end when the letter is received, when they expire, or when the applicant ends them.
        </p>
      </section>
    );
  }
  if (state.step === 'failed') {
    return (
      <section class="shared-page">
        <PageHeading title={state.tooMany ? 'Please wait a moment' : 'This page did not load'} />
        <div class="form-errors" role="alert">
          <p>{state.tooMany ? TOO_MANY_MESSAGE : state.message}</p>
        </div>
        <button
          type="button"
          class="button"
          onClick={() => {
            setState({ step: 'loading' });
            setTries((n) => n + 1);
          }}
        >
          Try again
        </button>
      </section>
    );
  }
  const { page } = state;
  if (page.writer) return <SharedWriterView token={token} page={page} writer={page.writer} />;
  if (page.adviser) return <SharedAdviserView page={page} adviser={page.adviser} />;
  return (
    <section class="shared-page">
      <PageHeading title="Sorry, this link has ended" />
      <p>{GONE_MESSAGE}</p>
    </section>
  );
}
