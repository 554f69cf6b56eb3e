// Settings › Shared pages: every writer's page and adviser view the applicant made, newest first,
// with whether it still works, until when, and how often it was opened; end one at once; make an
// adviser link (who it is for, until when, and whether it shows story and feedback texts: both off
// unless ticked). Writer's pages are made on each letter's screen.
import { useState } from 'preact/hooks';
import { NO_ERRORS, type FormErrors } from '../api/problem';
import type { ShareLink } from '../api/types';
import { BackToMore } from '../app/BackToMore';
import { paths } from '../app/router';
import { Field, FormErrorList } from '../shared/Field';
import { Loaded } from '../shared/Loaded';
import { PageHeading } from '../shared/PageHeading';
import { useQuery } from '../shared/query';
import { isoDayAfter } from './linkText';
import { listShareLinks, makeAdviserLink } from './shareApi';
import { NewLinkUrl, ShareLinkCard } from './ShareLinkCard';
import { keepShownUrl } from './shownUrls';
import '../shared/coach.css';
import './share.css';

export function SharingScreen() {
  const [state, retry] = useQuery(['share-links'], listShareLinks);
  return (
    <section>
      <PageHeading title="Shared pages" />
      <p>
        Links you give to a writer or an adviser: they open a page with no login. Each one can be ended at once, and you see how
        often it was opened.
      </p>
      <Loaded state={state} retry={retry}>
        {(links) => <Links initial={links} />}
      </Loaded>
      <BackToMore />
    </section>
  );
}

function Links({ initial }: { initial: ShareLink[] }) {
  const [links, setLinks] = useState(initial);
  const [made, setMade] = useState<{ url: string; link: ShareLink } | null>(null);
  const replace = (next: ShareLink) => setLinks((all) => all.map((l) => (l.id === next.id ? next : l)));
  const live = links.filter((l) => l.state === 'ACTIVE');
  const ended = links.filter((l) => l.state !== 'ACTIVE');
  return (
    <>
      <section aria-labelledby="live-links">
        <h2 id="live-links">Working links ({live.length})</h2>
        {live.length === 0 ? (
          <p class="muted">
            None. Make a writer's page on a letter's screen (<a href={paths.letters}>Letters board</a>), or an adviser view below.
          </p>
        ) : (
          <ul class="card-list share-links">
            {live.map((link) => (
              <ShareLinkCard key={link.id} link={link} onRevoked={replace} showUrl={link.id !== made?.link.id} />
            ))}
          </ul>
        )}
      </section>
      <AdviserForm
        onMade={(link, url) => {
          keepShownUrl(link.id!, url);
          setMade({ url, link });
          setLinks((all) => [link, ...all]);
        }}
      />
      {made && (
        <div class="panel share-url-panel" role="status">
          <h2>Link for {made.link.label} made</h2>
          <NewLinkUrl url={made.url} />
        </div>
      )}
      {ended.length > 0 && (
        <section aria-labelledby="ended-links">
          <h2 id="ended-links">Ended ({ended.length})</h2>
          <ul class="card-list share-links">
            {ended.map((link) => (
              <ShareLinkCard key={link.id} link={link} onRevoked={replace} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function AdviserForm({ onMade }: { onMade(link: ShareLink, url: string): void }) {
  const [label, setLabel] = useState('');
  const [expiresOn, setExpiresOn] = useState(() => isoDayAfter(30));
  const [showStories, setShowStories] = useState(false);
  const [showFeedback, setShowFeedback] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!label.trim())
      return setErrors({ fields: { label: 'Please say who it is for, e.g. “Dr Rao, my school adviser”.' }, form: [] });
    setBusy(true);
    const result = await makeAdviserLink({ label, expiresOn, showStories, showFeedback });
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    setErrors(NO_ERRORS);
    if (!result.value.url)
      return setErrors({
        fields: {},
        form: ['The link was made, but its address did not arrive. End it below and make another.'],
      });
    onMade(result.value, result.value.url);
    setLabel('');
    setShowStories(false);
    setShowFeedback(false);
    setExpiresOn(isoDayAfter(30));
  }

  return (
    <form class="panel" onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="adviser-form-title">
      <h2 id="adviser-form-title">Share with an adviser</h2>
      <p class="hint">
        A mentor, coach or school adviser sees your letters board, portfolio check, plan and coming dates. Read-only.
      </p>
      <Field label="Who is it for?" name="label" hint="Only you see this name." error={errors.fields.label}>
        {(a11y) => <input {...a11y} type="text" maxLength={80} value={label} onInput={(e) => setLabel(e.currentTarget.value)} />}
      </Field>
      <Field
        label="Works until"
        name="expiresOn"
        hint="30 days from today unless you change it; at most 180."
        error={errors.fields.expiresOn}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            min={isoDayAfter(1)}
            max={isoDayAfter(180)}
            value={expiresOn}
            onInput={(e) => setExpiresOn(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="field choices">
        <legend>Also show</legend>
        <label class="checkbox">
          <input type="checkbox" checked={showStories} onChange={(e) => setShowStories(e.currentTarget.checked)} />
          Show my story texts
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={showFeedback} onChange={(e) => setShowFeedback(e.currentTarget.checked)} />
          Show feedback texts
        </label>
        <p class="hint">Off unless you tick them: without them, the adviser sees no story or feedback words.</p>
      </fieldset>
      <FormErrorList messages={errors.form} />
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? 'Making the link…' : 'Make the adviser link'}
      </button>
    </form>
  );
}
