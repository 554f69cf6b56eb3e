// Log a story: saved on the phone at once (the outbox), sent when it can be.
// It starts with no witness: who saw it is the applicant's choice every time
// (the last story's witnesses are one tap away), except when the applicant came
// from a writer's card to log a story for that writer, who is then ticked.
import { navigate } from '../app/router';
import { online } from '../shared/connection';
import { queueCreate } from '../outbox/appOutbox';
import { showOnNextScreen } from '../shared/flash';
import { currentUser } from '../auth/session';
import { useState } from 'preact/hooks';
import { EMPTY_DRAFT, toStoryInput } from './draft';
import { lastLinks, rememberLinks } from './lastLinks';
import { StoryForm } from './StoryForm';
import { LogChoice } from '../app/LogChoice';

export function NewStory({ witness }: { witness?: string | undefined }) {
  const userId = currentUser()?.id ?? 'anonymous';
  const [initial] = useState(() => ({ ...EMPTY_DRAFT, witnessAttendingIds: witness ? [witness] : [] }));
  const [lastWitnesses] = useState(() => lastLinks(userId).witnessAttendingIds ?? []);

  async function save(draft: typeof EMPTY_DRAFT) {
    await queueCreate(toStoryInput(draft));
    rememberLinks(userId, draft);
    showOnNextScreen(
      online.get()
        ? 'Story saved. You can add details any time.'
        : "Story saved on this phone. It will be sent to LORkit when you're back online.",
    );
    navigate({ name: 'stories' });
  }

  return (
    <StoryForm
      heading="Log a story"
      before={<LogChoice current="story" />}
      draftKey={witness ? `new-for-${witness}` : 'new'}
      initial={initial}
      submitLabel="Save story"
      onSave={save}
      onCancel={() => navigate({ name: 'stories' })}
      fresh
      lastWitnesses={lastWitnesses}
    />
  );
}
