/** After a failed submit, put focus on the first input that needs fixing,
 *  or on the form's message when no input is marked. */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"], .form-errors');
  if (!target) return;
  if (target.classList.contains('form-errors')) target.tabIndex = -1;
  target.focus();
}
