// On a letter's screen: the writer's page for this letter. Make the link (shown once, to copy or to
// send in the packet email or the formal request email, which then carry it), see whether it was
// opened, end it. A new link ends the one made before, so an old forwarded mail stops working.
import { useRef, useState } from 'preact/hooks';
import { allMessages } from '../api/result';
import type { Letter, ShareLink } from '../api/types';
import { messagesPath } from '../app/router';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { FormErrorList } from '../shared/Field';
import { useQuery } from '../shared/query';
import { listShareLinks, makeWriterLink } from './shareApi';
import { ShareLinkCard } from './ShareLinkCard';
import { keepShownUrl } from './shownUrls';
import './share.css';

/** The letter's emails, carrying the writer's page link (the packet email first). */
export const emailWithLink = (letterId: string) => (url: string) =>
  messagesPath({ letterId, kind: 'PACKET_EMAIL', shareUrl: url });

/** A letter received, or in a final status, takes no new writer's page. */
const takesNoLink = (letter: Letter) => letter.status === 'RECEIVED' || (letter.allowedNext ?? []).length === 0;

export function WriterPageSection({ letter }: { letter: Letter }) {
  const [state, retry] = useQuery(['share-links'], listShareLinks);
  return (
    <section class="panel writer-page-panel" aria-labelledby="writer-page-title">
      <h2 id="writer-page-title">Writer's page</h2>
      <p>
        A page for {letter.attendingName} with no login: their packet, your soft deadline, how to upload, and three buttons to
        tell you “I will write it”, “I can't this time” or “I have uploaded it”. Their answer shows here and on the letters board.
      </p>
      {state.status === 'failed' ? (
        <div class="form-errors" role="alert">
          <p>{state.message}</p>
          <button type="button" class="button small" onClick={retry}>
            Try again
          </button>
        </div>
      ) : state.status === 'loading' ? (
        <p class="muted" role="status">
          Loading…
        </p>
      ) : (
        <WriterLinks
          key={state.loadedAt}
          letter={letter}
          initial={state.value.filter((l) => l.kind === 'WRITER' && l.letterId === letter.id)}
        />
      )}
    </section>
  );
}

function WriterLinks({ letter, initial }: { letter: Letter; initial: ShareLink[] }) {
  const [links, setLinks] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [news, setNews] = useState<string | null>(null);
  const confirm = useRef<HTMLDialogElement>(null);
  const live = links.filter((l) => l.state === 'ACTIVE');
  const last = links.find((l) => l.state !== 'ACTIVE');

  async function make() {
    setBusy(true);
    const result = await makeWriterLink(letter.id!);
    setBusy(false);
    if (!result.ok) return setErrors(allMessages(result.errors));
    setErrors([]);
    const made = result.value;
    if (made.url) keepShownUrl(made.id!, made.url);
    // The API ended the earlier link(s) of this letter.
    setLinks((all) => [made, ...all.map((l) => (l.state === 'ACTIVE' ? { ...l, state: 'ENDED' as const } : l))]);
    setNews(live.length > 0 ? 'New link made. The one you sent before no longer works.' : 'Link made.');
  }

  const replace = (next: ShareLink) => {
    setLinks((all) => all.map((l) => (l.id === next.id ? next : l)));
    setNews('Link ended. It no longer opens.');
  };

  return (
    <>
      <p role="status" class={news ? 'notice' : ''}>
        {news}
      </p>
      {live.length > 0 && (
        <ul class="card-list share-links">
          {live.map((link) => (
            <ShareLinkCard key={link.id} link={link} plain onRevoked={replace} emailPath={emailWithLink(letter.id!)} />
          ))}
        </ul>
      )}
      {live.length === 0 && last && <p class="muted">The last link for this letter has ended.</p>}
      <FormErrorList messages={errors} />
      {takesNoLink(letter) ? (
        <p class="muted">
          {letter.status === 'RECEIVED'
            ? 'The letter is received: its writer’s page has ended.'
            : 'This letter takes no writer’s page now.'}
        </p>
      ) : live.length > 0 ? (
        <>
          <p class="hint">Lost the link? Make a new one: the old one stops working at once.</p>
          <button type="button" class="button small" disabled={busy} onClick={() => confirm.current?.showModal()}>
            Make a new link
          </button>
        </>
      ) : (
        <button type="button" class="button primary" disabled={busy} onClick={() => void make()}>
          {busy ? 'Making the link…' : "Make the writer's page link"}
        </button>
      )}
      <ConfirmDialog
        dialog={confirm}
        title="Make a new link?"
        confirmLabel="Make a new link"
        cancelLabel="Keep the old one"
        busyLabel="Making…"
        danger={false}
        onConfirm={make}
      >
        <p>The link you sent before stops working at once. Send {letter.attendingName} the new one.</p>
      </ConfirmDialog>
    </>
  );
}
