// At the top of the letters board: the portfolio in one card, how many of its
// checks are not met (by the API's statuses), and the way to the whole check.
// Nothing shows while it loads or if it fails: the board is what matters here.
import type { Portfolio } from '../api/types';
import { paths } from '../app/router';
import { useQuery } from '../shared/query';
import { needsAction } from './labels';
import { getPortfolio } from './portfolioApi';
import { SecuredLine } from './SecuredLine';
import './portfolio.css';

/** `changes`: counts the board's changes; each one loads the portfolio again (the card stays meanwhile). */
export function PortfolioSummary({ changes = 0 }: { changes?: number }) {
  const [state] = useQuery(['portfolio', changes], getPortfolio);
  if (state.status !== 'loaded') return null;
  return <SummaryCard portfolio={state.value} />;
}

function SummaryCard({ portfolio }: { portfolio: Portfolio }) {
  const open = (portfolio.checks ?? []).filter(needsAction).length;
  return (
    <aside class="card portfolio-summary" aria-labelledby="portfolio-summary-title">
      <h2 id="portfolio-summary-title" class="card-title">
        Your letter portfolio
      </h2>
      <p class="card-meta">
        <SecuredLine portfolio={portfolio} />
      </p>
      <p>{open === 0 ? 'Every check is met.' : open === 1 ? '1 check needs you.' : `${open} checks need you.`}</p>
      <p>
        <a class="event-link" href={paths.portfolio}>
          See the portfolio check
        </a>
      </p>
    </aside>
  );
}
