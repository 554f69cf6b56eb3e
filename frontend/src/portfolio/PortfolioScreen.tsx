// The portfolio check: the applicant's letters against the rule of 2-4, as the
// API checks them. Each check with whether it is met, the API's sentence and
// one link to where it is acted on; then the letters counted by status and by
// what the writers said. Its last answer is kept on the phone, like Today's.
import { useMemo } from 'preact/hooks';
import type { Portfolio, PortfolioCheck } from '../api/types';
import { useSession } from '../auth/session';
import { portfolioCopy } from '../offline/appStorage';
import { OfflineNote } from '../offline/OfflineNote';
import { useQuery, useShownOffline } from '../shared/query';
import { PageHeading } from '../shared/PageHeading';
import { Loaded } from '../shared/Loaded';
import { STATUS_LABELS } from '../writers/labels';
import { STATUS_ORDER } from '../writers/letterFlow';
import { checkAction } from './checkAction';
import { CHECK_STATUS_LABELS, CHECK_TITLES, checkPillClass, COMMITMENT_LABELS, COMMITMENT_ORDER } from './labels';
import { getPortfolio } from './portfolioApi';
import { SecuredLine } from './SecuredLine';
import { specialtySections } from './specialtySections';
import '../shared/coach.css';
import './portfolio.css';

export function PortfolioScreen() {
  const session = useSession();
  const userId = session.status === 'signedIn' ? session.user.id : '';
  const place = useMemo(() => portfolioCopy(userId), [userId]);
  const [state, reload] = useQuery(['portfolio', userId], getPortfolio, { keptIn: place });
  const shownOffline = useShownOffline(state);
  return (
    <section>
      <PageHeading title="Letter portfolio" />
      {shownOffline && <OfflineNote loadedAt={shownOffline.loadedAt}>The links open once you're back online.</OfflineNote>}
      <Loaded state={state} retry={reload}>
        {(portfolio) => <PortfolioView portfolio={portfolio} />}
      </Loaded>
    </section>
  );
}

function PortfolioView({ portfolio }: { portfolio: Portfolio }) {
  return (
    <>
      <p>
        <SecuredLine portfolio={portfolio} />
      </p>
      {specialtySections(portfolio).map((section) => (
        <section key={section.heading ?? 'checks'} aria-label={section.heading ?? undefined}>
          {section.heading && <h2 class="form-section">{section.heading}</h2>}
          <ul class="card-list portfolio-checks" aria-label={section.heading ? `Checks for ${section.heading}` : 'Checks'}>
            {section.checks.map((check, index) => (
              <CheckCard key={check.code ?? index} check={check} />
            ))}
          </ul>
        </section>
      ))}
      <Counts
        title="Your letters by status"
        id="by-status"
        counts={portfolio.byStatus}
        order={STATUS_ORDER}
        labels={STATUS_LABELS}
      />
      <Counts
        title="What your writers said"
        id="by-commitment"
        counts={portfolio.byCommitment}
        order={COMMITMENT_ORDER}
        labels={COMMITMENT_LABELS}
      />
    </>
  );
}

function CheckCard({ check }: { check: PortfolioCheck }) {
  const action = checkAction(check);
  return (
    <li class={`card portfolio-check${check.status === 'OK' ? ' met' : ''}`}>
      <h2 class="card-title">{check.code ? (CHECK_TITLES[check.code] ?? check.code) : ''}</h2>
      <p class="card-meta">
        <span class={`pill ${checkPillClass(check.status)}`}>{check.status ? CHECK_STATUS_LABELS[check.status] : ''}</span>
      </p>
      <p>{check.message}</p>
      {action && (
        <p>
          <a class="event-link" href={action.href}>
            {action.label}
          </a>
        </p>
      )}
    </li>
  );
}

interface CountsProps<K extends string> {
  title: string;
  id: string;
  counts: Record<string, number> | undefined;
  order: readonly K[];
  labels: Record<K, string>;
}

/** The API's counts in a fixed order, then any it added that this app has no word for. */
function Counts<K extends string>({ title, id, counts = {}, order, labels }: CountsProps<K>) {
  const keys = [...order.filter((key) => key in counts), ...Object.keys(counts).filter((key) => !order.includes(key as K))];
  return (
    <section aria-labelledby={id}>
      <h2 id={id} class="form-section">
        {title}
      </h2>
      <dl class="count-list">
        {keys.map((key) => (
          <div key={key} class={counts[key] ? '' : 'zero'}>
            <dt>{labels[key as K] ?? key}</dt>
            <dd>{counts[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
