// @vitest-environment happy-dom
// What every screen's query does between the API and the screen: loads once per key, drops the
// answer for a key left behind, and reloads after a change only the screens the change touched.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../api/result';
import { Loaded } from './Loaded';
import { invalidateQueries, useQuery, type QueryKey } from './query';

afterEach(cleanup);

function Shows({ queryKey, load }: { queryKey: QueryKey; load: () => Promise<Result<string>> }) {
  const [state, retry] = useQuery(queryKey, load);
  return (
    <Loaded state={state} retry={retry}>
      {(text) => <p>{text}</p>}
    </Loaded>
  );
}

const counting = (name: string) => {
  let calls = 0;
  const load = async (): Promise<Result<string>> => ({ ok: true, value: `${name} #${++calls}` });
  return { load, calls: () => calls };
};

describe('the query every screen reads the API with', () => {
  it('after a change, reloads the queries under the key invalidated and no other', async () => {
    const list = counting('feedback list');
    const item = counting('feedback item');
    render(
      <>
        <Shows queryKey={['feedback', 'att-1']} load={list.load} />
        <Shows queryKey={['feedback-item', 'f1']} load={item.load} />
      </>,
    );
    await screen.findByText('feedback list #1');
    await screen.findByText('feedback item #1');
    invalidateQueries(['feedback']);
    expect(await screen.findByText('feedback list #2')).toBeTruthy();
    expect(item.calls()).toBe(1);
  });

  it('shows the answer for the key on screen, not a slower one for the key before', async () => {
    let answerFirst!: (result: Result<string>) => void;
    const slow = () => new Promise<Result<string>>((resolve) => (answerFirst = resolve));
    const { rerender } = render(<Shows queryKey={['letter', 'a']} load={slow} />);
    rerender(<Shows queryKey={['letter', 'b']} load={async () => ({ ok: true, value: 'letter b' })} />);
    await screen.findByText('letter b');
    answerFirst({ ok: true, value: 'letter a' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText('letter a')).toBeNull();
  });

  it("says the API's sentence and offers Try again, which asks again", async () => {
    let calls = 0;
    const load = async (): Promise<Result<string>> =>
      ++calls === 1
        ? { ok: false, errors: { fields: {}, form: ['LORkit had a problem.'] }, status: 503 }
        : { ok: true, value: 'loaded' };
    render(<Shows queryKey={['plan']} load={load} />);
    expect(await screen.findByText('LORkit had a problem.')).toBeTruthy();
    screen.getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(screen.getByText('loaded')).toBeTruthy());
  });
});
