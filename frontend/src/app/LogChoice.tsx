// At the top of the log forms: log a story or a piece of feedback. Both are
// what an applicant jots down minutes after rounds, from the same button.
import { paths } from './router';

export function LogChoice({ current }: { current: 'story' | 'feedback' }) {
  const mark = (which: typeof current) => (which === current ? { 'aria-current': 'page' as const } : {});
  return (
    <nav class="segmented log-choice" aria-label="What to log">
      <a class="button small" href={paths.newStory} {...mark('story')}>
        A story
      </a>
      <a class="button small" href={paths.newFeedback} {...mark('feedback')}>
        Feedback
      </a>
    </nav>
  );
}
