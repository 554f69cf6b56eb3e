// A change that clashed with another device (412), or that was made to a story
// deleted elsewhere: show what differs and let the applicant choose. Never
// decided silently: either way, someone's words would be lost.
import { navigate } from '../app/router';
import { dropChange, keepMine } from '../outbox/appOutbox';
import type { StoryEntry } from '../outbox/types';
import { CHANGED_BY, differences } from './differences';
import { storedForm } from './storyFields';

export function ConflictPanel({ entry }: { entry: StoryEntry }) {
  const theirs = entry.theirs?.story ?? null;

  async function keepAsNew() {
    const movedTo = await keepMine(entry);
    if (movedTo) navigate({ name: 'story', id: movedTo }, { replace: true });
  }

  if (!theirs) {
    return (
      <section class="conflict" aria-labelledby="conflict-title">
        <h2 id="conflict-title">This story was deleted on another device</h2>
        <p>Your edit was made before that. Do you want to keep your version as a new story?</p>
        <div class="form-actions">
          <button type="button" class="button primary" onClick={() => void keepAsNew()}>
            Keep mine as a new story
          </button>
          <button type="button" class="button" onClick={() => void dropChange(entry).then(() => navigate({ name: 'stories' }))}>
            Let it go
          </button>
        </div>
      </section>
    );
  }

  if (entry.op === 'delete') {
    return (
      <section class="conflict" aria-labelledby="conflict-title">
        <h2 id="conflict-title">This story changed on another device</h2>
        <p>It was edited after you chose to delete it. What it says now is shown below.</p>
        <div class="form-actions">
          <button
            type="button"
            class="button danger-solid"
            onClick={() => void keepMine(entry).then(() => navigate({ name: 'stories' }))}
          >
            Delete it anyway
          </button>
          <button type="button" class="button" onClick={() => void dropChange(entry)}>
            Keep the story
          </button>
        </div>
      </section>
    );
  }

  const changes = differences(storedForm(entry.input ?? {}), theirs, entry.base ?? null);
  return (
    <section class="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This story changed on another device</h2>
      <p>
        You edited it here while it was being changed somewhere else. Choose which version to keep: the other one's changes to
        these fields will be lost.
      </p>
      <dl class="differences">
        {changes.map((change) => (
          <div key={change.key} class="difference">
            <dt>
              {change.label}
              {change.changedBy && <span class="changed-by"> {CHANGED_BY[change.changedBy]}</span>}
            </dt>
            <dd>
              <span class="which">Yours:</span> <span class="long-text">{change.mine}</span>
            </dd>
            <dd>
              <span class="which">On LORkit now:</span> <span class="long-text">{change.theirs}</span>
            </dd>
          </div>
        ))}
      </dl>
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void keepMine(entry)}>
          Keep mine
        </button>
        <button type="button" class="button" onClick={() => void dropChange(entry)}>
          Take theirs
        </button>
      </div>
    </section>
  );
}
