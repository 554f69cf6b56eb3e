// Each screen's h1. It also names the browser tab, and can take focus
// (tabIndex -1) so the app shell can move screen-reader users to it on navigation.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { takeHeadingFocus } from './focus';

export function PageHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · LORkit`;
  }, [title]);
  useEffect(() => takeHeadingFocus(heading.current), []);
  return (
    <h1 ref={heading} tabIndex={-1} class="page-title">
      {children ?? title}
    </h1>
  );
}
