// Messages on a phone: a writer's packet email copied to the clipboard, its
// "Open in mail app" address carrying the subject and body, then marked as
// sent, which moves the letter to "Packet sent" (status and history, as the
// API stored them, and on the letters board).
import { expect, test } from '@playwright/test';
import { seedSeason } from './coach-seed';
import { baseUrl, logIn, newAccount, openMore, openToday, screenshot } from './support';

test('messages: copy, mail app, mark as sent moves the letter', async ({ page, context, request }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const account = await newAccount(request);
  const season = await seedSeason(request, account);
  await logIn(page, account);

  await openMore(page);
  await page.getByRole('link', { name: /^Messages/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(page.getByText('No reminder or thank-you is owed today.')).toBeVisible();
  await screenshot(page, testInfo, 'coach-messages-1-index');
  await page.getByRole('link', { name: new RegExp(`${season.attendingName}.*Letter: Agreed`) }).tap();
  await expect(page.getByRole('heading', { level: 1, name: `Messages for ${season.attendingName}` })).toBeVisible();
  await expect(page.getByText('Letter: Agreed.')).toBeVisible();

  const packet = page.locator('.message', { has: page.locator('summary', { hasText: 'Packet email after a yes' }) });
  await packet.locator('summary').tap();
  const body = (await packet.locator('.message-text').textContent())!;
  const subject = (await packet.locator('.message-head dd').last().textContent())!;
  // Greeted by title and surname, never "Dear Dr Maya Lindqvist".
  expect(body).toContain('Dear Dr. Lindqvist,');
  expect(body).not.toContain('Maya Lindqvist');

  // Copy: the clipboard holds the message as shown.
  await packet.getByRole('button', { name: 'Copy text' }).tap();
  await expect(packet.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

  // The mail app gets the address, the subject and the body, encoded.
  const href = (await packet.getByRole('link', { name: 'Open in mail app' }).getAttribute('href'))!;
  const mailto = new URL(href);
  expect(mailto.protocol).toBe('mailto:');
  expect(mailto.pathname).toBe('mlindqvist@example.org');
  expect(mailto.searchParams.get('subject')).toBe(subject);
  expect(mailto.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(body.replace(/\r\n/g, '\n'));
  await screenshot(page, testInfo, 'coach-messages-2-packet-email');

  // The email says the packet is attached: the packet is one tap away, and its screen leads back to the email.
  await packet.getByRole('link', { name: 'Open the packet to attach (PDF)' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: `Packet for ${season.attendingName}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/attendings/${season.attendingId}/packet$`));
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
  await page.getByRole('link', { name: 'The packet email to send with it' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: `Messages for ${season.attendingName}` })).toBeVisible();
  await expect(page.locator('details[open] summary')).toHaveText(/Packet email after a yes/);

  // Marked as sent: the letter moves on.
  await packet.getByRole('button', { name: 'Mark as sent' }).tap();
  await expect(packet.locator('.sent-outcome')).toContainText('Letter now: Packet sent.');
  await expect(page.getByText('Letter: Packet sent.')).toBeVisible();
  await screenshot(page, testInfo, 'coach-messages-3-marked-sent');
  // Again the same day: recorded once.
  await packet.getByRole('button', { name: 'Mark as sent' }).tap();
  await expect(packet.locator('.sent-outcome')).toContainText('Already marked today: nothing changed.');

  const letter = await (await request.get(`${baseUrl()}/api/v1/letters/${season.letterId}`, { headers: season.headers })).json();
  expect(letter.status).toBe('PACKET_SENT');
  expect(letter.history.at(-1)).toMatchObject({ from: 'AGREED', to: 'PACKET_SENT' });
  expect(letter.history).toHaveLength(3);

  await openMore(page);
  await page.getByRole('link', { name: /^Letters board/ }).tap();
  await expect(
    page.getByRole('region', { name: /Packet sent/ }).getByRole('heading', { name: season.attendingName }),
  ).toBeVisible();

  // And Today no longer asks for the packet.
  await openToday(page);
  await expect(page.locator('.today-list, .empty').first()).toBeVisible();
  await expect(page.locator('.today-list').getByText(`Send the packet to ${season.attendingName}`)).toHaveCount(0);
});
