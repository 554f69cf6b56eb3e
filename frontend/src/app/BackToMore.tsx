// The way back to More, the same on every secondary screen (app/, since it names a route).
import { paths } from './router';

export function BackToMore() {
  return (
    <p class="back">
      <a href={paths.settings}>Back to More</a>
    </p>
  );
}
