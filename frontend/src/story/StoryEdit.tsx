// Edit a story: the form, filled with the story as it will be once its
// waiting changes are through. Saving queues the edit in the outbox with the
// ETag of the version shown, so a clash with another device is caught.
// Loaded on first use.
import { navigate, paths, storyPath } from '../app/router';
import { online } from '../shared/connection';
import { queueUpdate } from '../outbox/appOutbox';
import { showOnNextScreen } from '../shared/flash';
import { PageHeading } from '../shared/PageHeading';
import { draftOf, toStoryInput, type Draft } from './draft';
import { StoryForm } from './StoryForm';
import { inputOf } from './storyFields';
import { StoryLookupProblem } from './StoryLookupProblem';
import { useShownStory } from './useShownStory';

export function StoryEdit({ id }: { id: string }) {
  const lookup = useShownStory(id, 'editStory');
  if (lookup.status !== 'found') return <StoryLookupProblem lookup={lookup} />;
  const { shown, ref } = lookup;
  const back = () => navigate({ name: 'story', id: shown.key });

  if (shown.blocked?.state === 'conflict' || shown.op === 'delete') {
    return (
      <section>
        <PageHeading title="Edit story" />
        <p>
          {shown.op === 'delete'
            ? 'This story is waiting to be deleted, so it can no longer be edited.'
            : 'This story changed on another device. Choose which version to keep before editing it again.'}
        </p>
        <a class="button primary" href={shown.op === 'delete' ? paths.stories : storyPath(shown.key)}>
          {shown.op === 'delete' ? 'Back to my stories' : 'Choose a version'}
        </a>
      </section>
    );
  }

  const refused = shown.blocked?.state === 'invalid' ? shown.blocked : null;
  async function save(draft: Draft) {
    // The form's fields over all the others, which a PUT would otherwise wipe.
    await queueUpdate(ref, { ...inputOf(shown.story), ...toStoryInput(draft) }, shown.stored);
    showOnNextScreen(online.get() ? 'Changes saved.' : "Changes saved on this phone. They will be sent when you're back online.");
    back();
  }

  return (
    <StoryForm
      heading="Edit story"
      draftKey={shown.key}
      initial={draftOf(shown.story)}
      initialErrors={
        refused
          ? (refused.errors ?? { fields: {}, form: [refused.lastError ?? 'LORkit could not save this change.'] })
          : undefined
      }
      submitLabel="Save changes"
      onSave={save}
      onCancel={back}
    />
  );
}
