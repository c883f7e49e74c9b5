// Drives the Agents Playground's web UI in Debian's headless Chromium, as a person would:
// waits for the welcome card, sends a message, clicks an Action.Execute button, takes a screenshot.
// Usage: node web-chat.mjs '<json: {url, screenshot, welcomeText, send, expectReply, executeButton, expectReplacedText}>'
// Prints one JSON line with what it saw; exits non-zero with the reason when a step times out.
import { chromium } from 'playwright-core';

const options = JSON.parse(process.argv[2]);
const step = 30_000;
const seen = [];
let page;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // No request may leave the machine (the UI asks a fonts CDN).
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });

  await page.goto(options.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.getByRole('treeitem', { name: /Personal Chat/ }).first().click({ timeout: step });

  // The page load sends installationUpdate + conversationUpdate: the bot answers with its welcome card.
  await page.locator('.ac-adaptiveCard', { hasText: options.welcomeText }).first().waitFor({ timeout: step });
  seen.push('welcome card');

  const compose = page.locator('[role="textbox"][contenteditable="true"]');
  await compose.click({ timeout: step });
  await page.keyboard.type(options.send);
  await page.keyboard.press('Enter');
  await page.locator('.fai-OutputCard', { hasText: options.expectReply }).first().waitFor({ timeout: step });
  seen.push('echo');

  if (options.executeButton) {
    // The echo's test card is the last card; clicking its Action.Execute must change that card, not add one.
    const cards = page.locator('.ac-adaptiveCard');
    await cards.last().getByRole('button', { name: options.executeButton }).waitFor({ timeout: step });
    const before = await cards.count();
    await cards.last().getByRole('button', { name: options.executeButton }).click({ timeout: step });
    await cards.last().filter({ hasText: options.expectReplacedText }).waitFor({ timeout: step });
    const after = await cards.count();
    if (after !== before) throw new Error(`Action.Execute added a card (${before} → ${after}) instead of replacing it`);
    seen.push('card replaced in place');
  }

  await page.screenshot({ path: options.screenshot, fullPage: true });
  console.log(JSON.stringify({ seen, screenshot: options.screenshot }));
} catch (error) {
  console.error(`web-chat: failed after [${seen.join(', ')}]: ${error.message}`);
  // What the page showed when it failed, next to where the success screenshot would be.
  await page?.screenshot({ path: options.screenshot.replace(/\.png$/, '-failed.png'), fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
