import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Firefox end-to-end harness: Debian's stock Firefox ESR driven by puppeteer-core over WebDriver
 * BiDi (Playwright's patched Firefox can't be downloaded here and Debian ships no geckodriver).
 * The built MV2 extension is installed as a temporary add-on; platform pages are answered by
 * request interception under their real hostnames (no network on this machine), and every
 * request the browser makes is recorded from BiDi's network events for the no-network test.
 *
 * Firefox traps this works around (each verified on Firefox ESR 153):
 * - moz-extension pages only open with `--remote-allow-system-access`, and `page.goto` never
 *   resolves on them (no BiDi navigation events for extension contexts): we use
 *   `browsingContext.navigate` and wait on the DOM instead.
 * - the extension's base URL is fixed in advance with the `extensions.webextensions.uuids` pref.
 * - a temporary add-on is removed when Firefox quits; the keep-on-uninstall prefs make a
 *   relaunch on the same profile behave like a permanently installed add-on (same uuid, same
 *   storage), which is what a user's restart is.
 */
export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.BEACON_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2',
);
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'beacon@beacon-extension.org';
/** Fixed in advance so extension URLs are known before install. */
export const EXTENSION_UUID = '6b0f6a5e-1c3d-4e2a-9f00-be4c0e0b3ac0';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export type RecordedRequest = { url: string; context: string | null; navigation: boolean };

/** A BiDi connection as puppeteer exposes it on a Firefox browser. */
export type BidiConnection = {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, listener: (params: never) => void): void;
};

export type FirefoxBeacon = {
  browser: Browser;
  /**
   * Every host Firefox tried to reach over the network (through the harness's local proxy,
   * which answers nothing). BiDi's network events don't show the MV2 background page's
   * requests; the proxy sees every process's, so it is the check that covers the background.
   */
  proxied: string[];
  connection: BidiConnection;
  profileDir: string;
  /** Every request Firefox made while the test ran (BiDi network.beforeRequestSent). */
  requests: RecordedRequest[];
  /** Browsing contexts of the routed platform pages: their requests are the page's, not Beacon's. */
  siteContexts: Set<string>;
  extensionUrl(path: string): string;
  /** Open an extension page and wait until its app has drawn something. */
  openExtensionPage(path: string, ready?: string): Promise<Page>;
  /** Navigate an open page to another extension page (hash routes included). */
  gotoExtensionPage(page: Page, path: string, ready?: string): Promise<void>;
  /** Open `url` in a new tab, answering it (and every sub-resource) from `pages`. */
  openSite(url: string, pages: Record<string, string>): Promise<Page>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
};

export async function launchFirefox(
  opts: { profileDir?: string; extensionDir?: string; withExtension?: boolean } = {},
): Promise<FirefoxBeacon> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'beacon-ff-'));
  const { server: proxy, port: proxyPort, proxied } = await startRecordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Print to PDF without a dialog or a printer.
      'print.always_print_silent': true,
      // All traffic, from any process, goes to the recording proxy (nothing leaves the machine;
      // routed pages are answered by BiDi interception before any proxy is asked).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's remote settings (its own, not Beacon's): off, as in Mozilla's test prefs.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const requests: RecordedRequest[] = [];
  await connection.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  connection.on(
    'network.beforeRequestSent',
    (event: { request: { url: string }; context: string | null; navigation: string | null }) => {
      requests.push({
        url: event.request.url,
        context: event.context,
        navigation: event.navigation !== null,
      });
    },
  );
  if (opts.withExtension ?? true) {
    await browser.installExtension(opts.extensionDir ?? FIREFOX_EXTENSION_DIR);
  }
  const siteContexts = new Set<string>();

  const extensionUrl = (path: string) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  const gotoExtensionPage = async (page: Page, path: string, ready = 'body *') => {
    const frame = page.mainFrame() as unknown as {
      browsingContext: { navigate(url: string, wait: string): Promise<unknown> };
    };
    await frame.browsingContext.navigate(extensionUrl(path), 'complete');
    await page.waitForFunction(
      (selector: string) => document.querySelector(selector) !== null,
      { timeout: 20_000 },
      ready,
    );
  };

  const beacon: FirefoxBeacon = {
    browser,
    proxied,
    connection,
    profileDir,
    requests,
    siteContexts,
    extensionUrl,
    gotoExtensionPage,
    async openExtensionPage(path, ready) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, path, ready);
      return page;
    },
    async openSite(url, pages) {
      const page = await browser.newPage();
      siteContexts.add(contextOf(page));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const at = new URL(request.url());
        const html = pages[at.pathname + at.search] ?? pages[at.pathname];
        // `resourceType()` throws on Firefox: sub-resources (avatars, media) get an empty answer.
        if (!request.isNavigationRequest()) {
          request.respond({ status: 204, body: '' }).catch(() => undefined);
          return;
        }
        request
          .respond({
            status: html ? 200 : 404,
            contentType: 'text/html; charset=utf-8',
            body: html ?? '<!doctype html><title>Not found</title><p>Not found</p>',
          })
          .catch(() => undefined);
      });
      await page.goto(url, { waitUntil: 'load' });
      // Closing the previous test's tab makes Firefox select a neighbour a moment later, which
      // can hide this one: animation frames then stop until the tab shows again (as for a
      // user who switches away). Tests act on the tab they look at, so select it.
      await page.bringToFront();
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await browser.close();
      proxy.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return beacon;
}

/**
 * A local HTTP proxy that records the host of every request and CONNECT it gets and answers
 * each with an error: Firefox's whole network, observed, with nothing ever forwarded.
 */
async function startRecordingProxy(): Promise<{ server: Server; port: number; proxied: string[] }> {
  const proxied: string[] = [];
  const server = createServer((req, res) => {
    proxied.push(hostOf(req.url ?? ''));
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    proxied.push((req.url ?? '').replace(/:\d+$/, ''));
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, port: (server.address() as AddressInfo).port, proxied };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The BiDi browsing-context id of a page's main frame. */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * Requests Beacon itself made: anything not made by a routed platform page and not one of the
 * extension's own packaged files (moz-extension:// loads). `data:` and `blob:` addresses are
 * bytes already in the page (the case file's own drawings), which Firefox still reports as
 * requests: they never leave the machine.
 */
export function extensionRequests(beacon: FirefoxBeacon): RecordedRequest[] {
  return beacon.requests.filter(
    (r) =>
      !(r.context && beacon.siteContexts.has(r.context)) &&
      !r.url.startsWith(`${EXTENSION_ORIGIN}/`) &&
      !/^(data|blob):/.test(r.url),
  );
}

/** Services Firefox itself calls (remote settings, push, captive portal): not Beacon's. */
const FIREFOX_OWN_HOST = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

/**
 * Hosts anything in Firefox other than Firefox itself tried to reach over the network: the
 * routed pages are answered before the network, so whatever is here came from Beacon — its
 * background page included, which BiDi's network events don't show.
 */
export function networkAttempts(beacon: FirefoxBeacon): string[] {
  return beacon.proxied.filter((host) => !FIREFOX_OWN_HOST.test(host));
}

export function fixture(path: string): string {
  return readFileSync(resolve('tests/fixtures', path), 'utf8');
}

/** Wrap a fragment in a minimal document (fixtures are often one post's outerHTML). */
export function pageWith(body: string, title = 'Feed'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

type RemoteValue = { type: string; value?: unknown; sharedId?: string };

/**
 * What `fn(root, host)` returns for each closed shadow root of the elements matching
 * `hostSelector`: BiDi serialises a host with `includeShadowTree: 'all'` as a reference to its
 * closed root, which can be handed back to a function in the page. The page's own scripts can't
 * do this (`host.shadowRoot` is null for them).
 */
export async function inClosedShadows<T>(
  beacon: FirefoxBeacon,
  page: Page,
  hostSelector: string,
  fn: string,
): Promise<T[]> {
  const target = { context: contextOf(page) };
  const hosts = (await beacon.connection.send('script.callFunction', {
    functionDeclaration: '(s) => [...document.querySelectorAll(s)]',
    arguments: [{ type: 'string', value: hostSelector }],
    awaitPromise: false,
    target,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })) as { result: { result: { value: RemoteValue[] } } };
  const out: T[] = [];
  for (const host of hosts.result.result.value ?? []) {
    const root = (host.value as { shadowRoot?: RemoteValue } | undefined)?.shadowRoot;
    if (!root?.sharedId || !host.sharedId) continue;
    const answer = (await beacon.connection.send('script.callFunction', {
      functionDeclaration: `(root, host) => JSON.stringify((${fn})(root, host))`,
      arguments: [{ sharedId: root.sharedId }, { sharedId: host.sharedId }],
      awaitPromise: true,
      target,
    })) as { result: { type: string; result?: { value: string }; exceptionDetails?: unknown } };
    if (answer.result.type !== 'success') {
      throw new Error(`inClosedShadows: ${JSON.stringify(answer.result.exceptionDetails)}`);
    }
    out.push(JSON.parse(answer.result.result?.value ?? 'null') as T);
  }
  return out;
}

/** The buttons inside the Beacon shortcuts' closed roots: label and centre on screen. */
export async function shortcutButtons(
  beacon: FirefoxBeacon,
  page: Page,
): Promise<Array<{ label: string; x: number; y: number }>> {
  return inClosedShadows(
    beacon,
    page,
    'beacon-shortcut',
    `(root) => {
      const button = root.querySelector('button');
      if (!button) return { label: '', x: 0, y: 0 };
      const box = button.getBoundingClientRect();
      return { label: button.getAttribute('aria-label') ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }`,
  );
}

/** The card's dialog as the user sees it (closed root): its label and text. */
export async function cardDialogs(
  beacon: FirefoxBeacon,
  page: Page,
): Promise<Array<{ label: string; text: string }>> {
  const cards = await inClosedShadows<Array<{ label: string; text: string }>>(
    beacon,
    page,
    'beacon-card',
    `(root) => [...root.querySelectorAll('[role="dialog"]')].map((d) => ({
      label: d.getAttribute('aria-label') ?? '',
      text: (d.textContent ?? '').replace(/\\s+/g, ' ').trim(),
    }))`,
  );
  return cards.flat();
}

/** A trusted click (BiDi input.performActions) on the index-th shortcut button. */
export async function clickShortcut(beacon: FirefoxBeacon, page: Page, index = 0): Promise<void> {
  // A pointer action outside the viewport fails ("move target out of bounds"): bring the
  // shortcut into view first, then read where it is now.
  const found = await page.evaluate((i: number) => {
    const host = document.querySelectorAll('beacon-shortcut')[i];
    host?.scrollIntoView({ block: 'center' });
    return host !== undefined;
  }, index);
  if (!found) throw new Error(`no shortcut #${index}`);
  // The clickjacking guard counts a click only once the shortcut has been visible and still for
  // 500 ms: let the scroll settle and that time pass, as a person's hand would.
  await new Promise((done) => setTimeout(done, 1000));
  const button = (await shortcutButtons(beacon, page))[index];
  if (!button) throw new Error(`no button in shortcut #${index}`);
  await page.mouse.click(button.x, button.y);
}

export type Answer<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string } };

/** Send a Beacon message from an extension page, as the page's own code would. */
export async function sendFrom<T = unknown>(
  page: Page,
  type: string,
  data?: unknown,
): Promise<Answer<T>> {
  return page.evaluate(
    (t: string, d: unknown) =>
      (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).browser.runtime.sendMessage({ beacon: 1, type: t, data: d }) as Promise<Answer<T>>,
    type,
    data,
  );
}

/** Like sendFrom, but throws with the error code and message when Beacon refuses. */
export async function okFrom<T = Record<string, unknown>>(
  page: Page,
  type: string,
  data?: unknown,
): Promise<T> {
  const answer = await sendFrom<T>(page, type, data);
  if (!answer.ok) throw new Error(`${type}: ${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}

/** Everything in the extension's storage.local, as JSON text (read from an extension page). */
export async function storageLocalDump(page: Page): Promise<string> {
  return page.evaluate(async () =>
    JSON.stringify(
      await (
        globalThis as unknown as {
          browser: { storage: { local: { get(k: null): Promise<unknown> } } };
        }
      ).browser.storage.local.get(null),
    ),
  );
}

/** axe-core's own source, injected into the page (extension pages can't load it themselves). */
const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core violations on the page as it is now, one line each, named with the state. */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
  const has = await page.evaluate(() => 'axe' in globalThis);
  if (!has) await page.evaluate(`${AXE_SOURCE};void 0`);
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: Document): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations;
  })) as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  return violations.map(
    (v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}
