/**
 * `npm run demo`: build, serve the bundled demo feeds under their real hostnames (routing, no
 * network), open Chromium with Beacon loaded — headed when a display exists, headless otherwise —
 * and write screenshots of the feed with shortcuts, the popup and the workspace to demo-output/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, launchBeacon, pierceQuery } from '../tests/e2e/harness';

const OUT = 'demo-output';
const headed = Boolean(process.env.DISPLAY) && process.env.BEACON_DEMO_HEADLESS !== '1';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const beacon = await launchBeacon({ headless: !headed });
  await beacon.serveHost('https://x.com', { '/home': fixture('demo/x-feed.html') });
  await beacon.serveHost('https://www.reddit.com', { '/r/beacondemo/': fixture('demo/reddit-feed.html') });

  const shots: string[] = [];
  const shot = async (page: import('playwright-core').Page, name: string, fullPage = false) => {
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file, fullPage });
    shots.push(file);
  };

  for (const [name, url] of [
    ['feed-x', 'https://x.com/home'],
    ['feed-reddit', 'https://www.reddit.com/r/beacondemo/'],
  ] as const) {
    const page = await beacon.context.newPage();
    await page.goto(url);
    await page.waitForSelector('beacon-shortcut', { timeout: 10_000 }).catch(() => undefined);
    const count = await page.locator('beacon-shortcut').count();
    console.log(`${url}: ${count} Beacon shortcuts`);
    await shot(page, name);
    // Open the card on the first shortcut with a real click, to show the report route.
    const [button] = await pierceQuery(page, (n) => n.nodeName === 'button' && (n.attributes['aria-label'] ?? '').length > 0 && n.attributes.part === 'shortcut');
    if (button) {
      const { trustedClick } = await import('../tests/e2e/harness');
      await trustedClick(page, button.backendNodeId);
      await page.waitForTimeout(600);
      await shot(page, `${name}-card`);
    }
    if (!headed) await page.close();
  }

  const popup = await beacon.context.newPage();
  await popup.setViewportSize({ width: 360, height: 520 });
  await popup.goto(beacon.extensionUrl('popup.html'));
  await popup.waitForTimeout(400);
  await shot(popup, 'popup');
  await popup.close();

  const workspace = await beacon.openExtensionPage('workspace.html');
  await workspace.waitForTimeout(600);
  await shot(workspace, 'workspace', true);

  // Screens and the case file, when those parts exist (tests/e2e helpers written with them).
  for (const [file, fn] of [
    ['../tests/e2e/screens.ts', 'screenshotWorkspace'],
    ['../tests/e2e/casefile-helpers.ts', 'demoCaseFile'],
  ] as const) {
    if (!existsSync(join(import.meta.dirname ?? 'scripts', file))) continue;
    const mod = (await import(file)) as Record<string, (b: typeof beacon, out: string) => Promise<string[]>>;
    if (typeof mod[fn] === 'function') shots.push(...(await mod[fn](beacon, OUT)));
  }

  console.log(`\nWrote ${shots.length} files:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  if (headed) {
    console.log('\nChromium is open with Beacon and the demo feeds. Close the browser to end the demo.');
    await new Promise<void>((resolve) => beacon.context.on('close', () => resolve()));
  } else {
    await beacon.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
