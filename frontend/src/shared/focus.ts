/** After a failed submit, put focus on the first input that needs fixing,
 *  or on the form's message when no input is marked. */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"], .form-errors');
  if (!target) return;
  if (target.classList.contains('form-errors')) target.tabIndex = -1;
  target.focus();
}

let headingWanted = false;
/** An input a screen opens on (the log form's text box), in place of its heading. */
let openingInput: HTMLElement | null = null;

/** A screen made to be typed into at once (logging after rounds) opens with focus in its first
 *  input: its label is read out as the heading would be, and one tap is saved. */
export function focusOnOpen(input: HTMLElement | null): void {
  if (!input) return;
  openingInput = input;
  headingWanted = false;
  input.focus();
}

/** After a screen change: screen readers stay where they were when a
 *  single-page app swaps screens, so move focus to the new screen's heading.
 *  A screen still loading (lazy code, a story being fetched) has no heading
 *  yet: PageHeading then takes the focus when it appears. */
export function focusScreenHeading(): void {
  const input = openingInput;
  openingInput = null;
  if (input?.isConnected) return input.focus();
  const heading = document.querySelector<HTMLElement>('main h1');
  headingWanted = !heading;
  heading?.focus();
}

/** Called by each heading as it appears. */
export function takeHeadingFocus(heading: HTMLElement | null): void {
  if (!headingWanted || !heading) return;
  headingWanted = false;
  heading.focus();
}
