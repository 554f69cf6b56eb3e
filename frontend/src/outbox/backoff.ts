// How long to wait before sending again after no answer or a busy API:
// 2 s, 4 s, 8 s… up to 5 minutes, each shortened at random by up to half, so
// a whole cohort's phones coming back on the hospital Wi-Fi don't retry in step.

export const FIRST_RETRY_MS = 2_000;
export const LONGEST_RETRY_MS = 5 * 60_000;

/** @param attempts tries made so far (1 after the first failure) */
export function retryDelay(attempts: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 20);
  const full = Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_RETRY_MS);
  return Math.round(full * (0.5 + random() / 2));
}
