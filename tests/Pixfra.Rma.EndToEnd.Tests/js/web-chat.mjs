// Drives the Agents Playground's web UI in Debian's headless Chromium, as a person would:
// types messages and clicks card buttons, waiting for the cards it expects, then takes a screenshot.
// Usage: node web-chat.mjs '<json: {url, screenshot, steps: [{send | click, expect}]}>'
// Prints one JSON line with what it saw; exits non-zero with the reason when a step times out.
import { chromium } from 'playwright-core';

const options = JSON.parse(process.argv[2]);
const stepTimeout = 30_000;
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
  await page.getByRole('treeitem', { name: /Personal Chat/ }).first().click({ timeout: stepTimeout });

  // Each step types a message or clicks a button on the newest card, then waits for a card showing the expected text.
  const compose = page.locator('[role="textbox"][contenteditable="true"]');
  const cards = page.locator('.ac-adaptiveCard');
  for (const step of options.steps) {
    const before = await cards.count();
    if (step.send) {
      await compose.click({ timeout: stepTimeout });
      await page.keyboard.type(step.send);
      await page.keyboard.press('Enter');
    } else if (step.click) {
      await cards.last().getByRole('button', { name: step.click }).click({ timeout: stepTimeout });
    }
    await cards.filter({ hasText: step.expect }).nth(0).waitFor({ timeout: stepTimeout });
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: stepTimeout });
    seen.push(step.expect);
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
