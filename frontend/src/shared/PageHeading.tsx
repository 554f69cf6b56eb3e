// Each screen's h1. It also names the browser tab, and can take focus
// (tabIndex -1) so the app shell can move screen-reader users to it on navigation.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';

export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · LORkit`;
  }, [title]);
  return (
    <h1 tabIndex={-1} class="page-title">
      {children ?? title}
    </h1>
  );
}
