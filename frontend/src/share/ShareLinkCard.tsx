// One shared link on the applicant's screens (Settings › Shared pages, a letter's "Writer's page"):
// who it is for, whether it works and until when, how often it was opened, and "End this link".
// A link made in this visit also shows its url (NewLinkUrl), which the API gives only once.
import { useRef, useState } from 'preact/hooks';
import { allMessages } from '../api/result';
import type { ShareLink } from '../api/types';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { CopyButton } from '../shared/CopyButton';
import { FormErrorList } from '../shared/Field';
import { expiryLine, linkTitle, showsLine, STATE_LABELS, viewsLine } from './linkText';
import { revokeShareLink } from './shareApi';
import { forgetShownUrl, shownUrl } from './shownUrls';

/** A url just made: copy it now. `email`: the way to send it in the letter's emails. */
export function NewLinkUrl({ url, email }: { url: string; email?: string }) {
  return (
    <div class="share-url">
      <p class="feed-url" data-testid="share-url">
        {url}
      </p>
      <p class="hint">Copy it now; for safety we can't show it again once you leave LORkit or reload.</p>
      <div class="form-actions">
        <CopyButton text={url} label="Copy link" what="the link" />
        {email && (
          <a class="button small" href={email}>
            Email it
          </a>
        )}
      </div>
    </div>
  );
}

interface CardProps {
  link: ShareLink;
  onRevoked(link: ShareLink): void;
  /** Where "Email it" leads for this link's url (a writer's page: the letter's emails). */
  emailPath?: (url: string) => string;
  /** Leave out the title (the letter screen names the writer already). */
  plain?: boolean;
  /** Show the url kept from this visit (not where it shows already, next to the form that made it). */
  showUrl?: boolean;
}

export function ShareLinkCard({ link, onRevoked, emailPath, plain = false, showUrl = true }: CardProps) {
  const confirm = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const live = link.state === 'ACTIVE';
  const url = live && showUrl ? shownUrl(link.id!) : undefined;
  const title = linkTitle(link);

  async function revoke() {
    const result = await revokeShareLink(link.id!);
    if (!result.ok) return setErrors(allMessages(result.errors));
    setErrors([]);
    forgetShownUrl(link.id!);
    onRevoked({ ...link, state: 'REVOKED', revokedAt: new Date().toISOString() });
  }

  return (
    <li class={`card share-link ${live ? '' : 'ended'}`}>
      {!plain && <h3 class="card-title">{title}</h3>}
      <p class="card-meta">
        <span class={`pill ${live ? 'ok' : 'no'}`}>{link.state ? STATE_LABELS[link.state] : ''}</span>
        {expiryLine(link)}
      </p>
      <p class="card-meta">{viewsLine(link)}</p>
      {!plain && live && <p class="card-meta">{showsLine(link)}</p>}
      {url && <NewLinkUrl url={url} {...(emailPath ? { email: emailPath(url) } : {})} />}
      <FormErrorList messages={errors} />
      {live && (
        <p class="form-actions">
          <button type="button" class="button small danger" onClick={() => confirm.current?.showModal()}>
            End this link<span class="visually-hidden">: {title}</span>
          </button>
        </p>
      )}
      <ConfirmDialog
        dialog={confirm}
        title="End this link?"
        confirmLabel="End the link"
        cancelLabel="Keep it"
        busyLabel="Ending…"
        onConfirm={revoke}
      >
        <p>
          From now on, whoever opens it sees “This link does not work any more”. Nothing they already answered is lost, and you
          can make a new link at any time.
        </p>
      </ConfirmDialog>
    </li>
  );
}
