// What the detail and edit screens show while their story loads, or when it can't be found.
import { paths } from '../app/router';
import { PageHeading } from '../shared/PageHeading';
import type { Lookup } from './useShownStory';

export function StoryLookupProblem({ lookup }: { lookup: Exclude<Lookup, { status: 'found' }> }) {
  if (lookup.status === 'loading') {
    return (
      <p class="muted" role="status">
        Loading the story…
      </p>
    );
  }
  return (
    <section>
      <PageHeading title={lookup.status === 'notFound' ? 'Story not found' : "This story didn't load"} />
      <p>
        {lookup.status === 'notFound'
          ? 'It may have been deleted, or the link is incomplete.'
          : `${lookup.message} It is not among the stories kept on this phone.`}
      </p>
      <a class="button primary" href={paths.stories}>
        Back to my stories
      </a>
    </section>
  );
}
