// "2 letters secured, 1 received." from the API's counts.
import type { Portfolio } from '../api/types';

const letters = (n: number) => `${n} ${n === 1 ? 'letter' : 'letters'}`;

export function SecuredLine({ portfolio }: { portfolio: Pick<Portfolio, 'secured' | 'received'> }) {
  return (
    <>
      {letters(portfolio.secured ?? 0)} secured (the writer agreed), {portfolio.received ?? 0} received in ERAS.
    </>
  );
}
