// Log a story: saved on the phone at once (the outbox), sent when it can be.
import { navigate } from '../app/router';
import { online } from '../offline/connection';
import { queueCreate } from '../outbox/appOutbox';
import { showOnNextScreen } from '../shared/flash';
import { currentUser } from '../auth/session';
import { useState } from 'preact/hooks';
import { EMPTY_DRAFT, toStoryInput } from './draft';
import { lastLinks, rememberLinks } from './lastLinks';
import { StoryForm } from './StoryForm';
import { LogChoice } from '../app/LogChoice';

export function NewStory() {
  const userId = currentUser()?.id ?? 'anonymous';
  const [initial] = useState(() => ({ ...EMPTY_DRAFT, ...lastLinks(userId) }));

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
      draftKey="new"
      initial={initial}
      submitLabel="Save story"
      onSave={save}
      onCancel={() => navigate({ name: 'stories' })}
    />
  );
}
