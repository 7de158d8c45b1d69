/**
 * `npm run demo`: build (done by the npm script), serve the bundled demo feeds under their real
 * hostnames (routing, no network), open Chromium with Beacon loaded — headed when a display
 * exists, headless otherwise — and write to demo-output/: the feeds with their shortcuts, the
 * in-page card, the popup, every workspace screen in English and French, and a sample case file
 * as PDF (plus PNG pages when pdftoppm is installed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openCaseFile, renderCaseFilePdf, seedSampleCase } from '../tests/e2e/casefile-helpers';
import { fixture, launchBeacon, pierceQuery, trustedClick } from '../tests/e2e/harness';
import { screenshotWorkspace } from '../tests/e2e/screens';

const OUT = 'demo-output';
const headed = Boolean(process.env.DISPLAY) && process.env.BEACON_DEMO_HEADLESS !== '1';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const files: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    files.push(file);
  };

  // 1. The feeds, their shortcuts and the card after a real click.
  const beacon = await launchBeacon({ headless: !headed });
  await beacon.serveHost('https://x.com', { '/home': fixture('demo/x-feed.html') });
  await beacon.serveHost('https://www.reddit.com', {
    '/r/beacondemo/': fixture('demo/reddit-feed.html'),
  });
  for (const [name, url] of [
    ['feed-x', 'https://x.com/home'],
    ['feed-reddit', 'https://www.reddit.com/r/beacondemo/'],
  ] as const) {
    const page = await beacon.context.newPage();
    await page.goto(url);
    await page.waitForSelector('beacon-shortcut', { timeout: 10_000 }).catch(() => undefined);
    console.log(`${url}: ${await page.locator('beacon-shortcut').count()} Beacon shortcuts`);
    await shot(page, name);
    const [button] = await pierceQuery(
      page,
      (n) => n.nodeName === 'button' && n.attributes['aria-label'] === 'Report this post',
    );
    if (button) {
      await trustedClick(page, button.backendNodeId);
      await page.waitForTimeout(600);
      await shot(page, `${name}-card`);
      await page.keyboard.press('Escape');
    }
  }

  const popup = await beacon.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(beacon.extensionUrl('popup.html'));
  await popup.waitForTimeout(500);
  await shot(popup, 'popup');
  await popup.close();
  const workspace = await beacon.openExtensionPage('workspace.html');
  await workspace.waitForTimeout(800);
  await shot(workspace, 'workspace-first-run', true);

  // 2. Every workspace screen, English and French (fresh profiles, one captured post each).
  files.push(...(await screenshotWorkspace(beacon, OUT)));

  // 3. A sample case file: PDF, its pages as PNG, and the on-screen view.
  const sample = await launchBeacon();
  try {
    const { caseId } = await seedSampleCase(sample);
    const pdf = join(OUT, 'casefile.pdf');
    const { pages } = await renderCaseFilePdf(sample, caseId, pdf);
    files.push(pdf);
    console.log(`case file: ${pages.length} pages`);
    const screen = await openCaseFile(sample, caseId);
    await shot(screen, 'casefile-screen', true);
    const png = spawnSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'casefile-page')]);
    if (png.status === 0) files.push(join(OUT, 'casefile-page-*.png'));
    else
      console.log(
        '(pdftoppm not installed: no PNG pages of the PDF; apt-get install poppler-utils)',
      );
  } finally {
    await sample.close();
  }

  console.log(`\nWrote:\n${files.map((f) => `  ${f}`).join('\n')}`);
  if (headed) {
    console.log('\nChromium is open with Beacon and the demo feeds. Close it to end the demo.');
    await new Promise<void>((resolve) => beacon.context.on('close', () => resolve()));
  } else {
    await beacon.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
