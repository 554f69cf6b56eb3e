// axe (WCAG 2.2 A/AA and best practices) plus the app's own touch-target rule.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoViolations(page: Page, screen: string) {
  // At the end of the page the log form's sticky Save sits in its own place, so axe's target-size rule
  // measures each control whole rather than the part the sticky bar happens to cover mid-scroll.
  const scrolledTo = await page.evaluate(() => {
    const at = window.scrollY;
    window.scrollTo(0, document.documentElement.scrollHeight);
    return at;
  });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  await page.evaluate((y) => window.scrollTo(0, y), scrolledTo);
  const readable = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(readable, `axe on "${screen}"`).toEqual([]);
  await expectThumbSizedTargets(page, screen);
}

/** Stricter than axe's WCAG 2.2 minimum (24 px): every control a thumb aims
 *  at is at least 44 × 44 CSS px. Links inside a sentence are exempt, as in WCAG. */
async function expectThumbSizedTargets(page: Page, screen: string) {
  const tooSmall = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      // Checkboxes and radios are aimed at through their whole row (label.checkbox), which is checked instead.
      'button, a.button, a.brand, .nav-link, .story-link, .back a, input:not([type="checkbox"]):not([type="radio"]), select, textarea, summary, label.checkbox',
    );
    return Array.from(controls)
      .filter(
        (el) =>
          el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('dialog:not([open])'),
      )
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
  expect(tooSmall, `touch targets under 44 px on "${screen}"`).toEqual([]);
}
