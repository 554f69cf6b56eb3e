// The adviser's view: the applicant's season at a glance for a mentor, coach or school adviser.
// The letters board (with each writer's word), the portfolio check, the plan's progress and the
// dates coming up. Story and feedback texts only when the applicant ticked them in for this link
// (the API sends them as null otherwise; an empty list is said as such). Everything reads about the
// applicant, by name, to someone who follows along: the API says its findings and steps about her, and
// the few words of this screen that the applicant's own screens say to her are said here for the adviser.
import type { SharedAdviserPage, SharedPage } from '../api/types';
import { CHECK_STATUS_LABELS, CHECK_TITLES, checkPillClass } from '../portfolio/labels';
import { PageHeading } from '../shared/PageHeading';
import { day } from '../writers/dates';
import { statusOf } from '../writers/labels';
import { fullDay, saidLine, shortDay } from './writerWords';

/** The check titles and statuses the applicant reads, as an adviser reads them: not "your", not "you". */
const TITLES = { ...CHECK_TITLES, CORE_IN_SPECIALTY: 'Core faculty in the target specialty' };
const STATUSES = { ...CHECK_STATUS_LABELS, WARNING: 'Needs attention soon' };

export function SharedAdviserView({ page, adviser }: { page: SharedPage; adviser: SharedAdviserPage }) {
  const applicant = page.applicantName?.trim() || 'The applicant';
  const plan = { done: adviser.plan?.done ?? 0, total: adviser.plan?.total ?? 0, next: adviser.plan?.next ?? [] };
  const letters = adviser.letters ?? [];
  const deadlines = adviser.deadlines ?? [];
  const checks = adviser.portfolio?.checks ?? [];
  return (
    <article class="shared-page adviser-page">
      <p class="shared-from">Shared by {applicant} through LORkit</p>
      <PageHeading title={`${applicant}: letters of recommendation`} />
      <p>
        {applicant} shared this page with you to follow their letters this season. It is read-only and up to date each time you
        open it{page.expiresOn ? `; the link works until ${fullDay(page.expiresOn)}` : ''}.
      </p>

      <section class="shared-section" aria-labelledby="letters-title">
        <h2 id="letters-title">Letters ({letters.length})</h2>
        {letters.length === 0 ? (
          <p class="muted">No writers on the board yet.</p>
        ) : (
          <ul class="card-list">
            {letters.map((line, index) => {
              const word = saidLine(line.writerName ?? 'The writer', line.status, line.writerWord);
              return (
                <li key={index} class="card">
                  <h3 class="card-title">{line.writerName}</h3>
                  <p class="card-meta">
                    <strong>{statusOf(line.status, line.services)}</strong>
                    {line.receivedOn && ` on ${shortDay(line.receivedOn)}`}
                    {line.softDeadline && line.status !== 'RECEIVED' && ` · Soft deadline ${shortDay(line.softDeadline)}`}
                  </p>
                  {word && <p class="writer-word">{word}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section class="shared-section" aria-labelledby="check-title">
        <h2 id="check-title">Portfolio check</h2>
        {adviser.portfolio && (
          <p>
            {lettersCount(adviser.portfolio.secured ?? 0)} secured, {adviser.portfolio.received ?? 0} received. The aim: 2 to 4
            strong letters.
          </p>
        )}
        <ul class="plain-list check-lines">
          {checks.map((check, index) => (
            <li key={index}>
              <span class={`pill ${checkPillClass(check.status)}`}>{check.status ? STATUSES[check.status] : ''}</span>
              <strong>{check.code ? TITLES[check.code] : ''}</strong>: {check.message}
            </li>
          ))}
        </ul>
      </section>

      <section class="shared-section" aria-labelledby="plan-title">
        <h2 id="plan-title">Plan</h2>
        <p>
          {plan.done} of {plan.total} steps done.
        </p>
        {plan.next.length > 0 && (
          <>
            <p>{applicant}'s next steps:</p>
            <ul>
              {plan.next.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section class="shared-section" aria-labelledby="dates-title">
        <h2 id="dates-title">Coming up</h2>
        {deadlines.length === 0 ? (
          <p class="muted">No dates in the coming weeks.</p>
        ) : (
          <ul class="plain-list">
            {deadlines.map((deadline, index) => (
              <li key={index}>
                <strong>{deadline.on ? day(deadline.on) : ''}</strong>: {deadline.what}
              </li>
            ))}
          </ul>
        )}
      </section>

      {adviser.stories && (
        <section class="shared-section" aria-labelledby="stories-title">
          <h2 id="stories-title">Stories</h2>
          {adviser.stories.length === 0 ? (
            <p class="muted">No stories to show yet.</p>
          ) : (
            <ul class="plain-list shared-texts">
              {adviser.stories.map((story, index) => (
                <li key={index}>
                  <strong>{story.title}</strong>
                  <span class="muted">
                    {story.occurredOn && ` · ${shortDay(story.occurredOn)}`}
                    {story.writerName && ` · seen by ${story.writerName}`}
                  </span>
                  {story.text && story.text !== story.title && <p>{story.text}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {adviser.feedback && (
        <section class="shared-section" aria-labelledby="feedback-title">
          <h2 id="feedback-title">Feedback</h2>
          {adviser.feedback.length === 0 ? (
            <p class="muted">No feedback to show yet.</p>
          ) : (
            <ul class="plain-list shared-texts">
              {adviser.feedback.map((item, index) => (
                <li key={index}>
                  <FeedbackItem item={item} applicant={applicant} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p class="shared-foot">
        This page has no login, keeps no cookies and is hidden from search engines. Please don't forward it.
      </p>
    </article>
  );
}

const lettersCount = (n: number) => `${n} ${n === 1 ? 'letter' : 'letters'}`;

type FeedbackEntry = NonNullable<SharedAdviserPage['feedback']>[number];

function FeedbackItem({ item, applicant }: { item: FeedbackEntry; applicant: string }) {
  const parts = [
    ['Went well', item.wentWell],
    ['To improve', item.toImprove],
    [`What ${applicant} changed`, item.whatIChanged],
  ].filter((part): part is [string, string] => !!part[1]?.trim());
  return (
    <>
      <strong>{item.writerName ?? 'Feedback'}</strong>
      {item.receivedOn && <span class="muted"> · {shortDay(item.receivedOn)}</span>}
      {parts.map(([what, text]) => (
        <p key={what}>
          <span class="muted">{what}:</span> {text}
        </p>
      ))}
    </>
  );
}
