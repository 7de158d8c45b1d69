import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  chromium,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';

/**
 * End-to-end harness: Debian's Chromium with the built extension loaded, fixture pages served
 * under the platforms' real hostnames through `context.route` (this machine has no network),
 * and a record of every request so the no-network test can prove Beacon makes none.
 */
export const EXTENSION_DIR = resolve(process.env.BEACON_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type ServedPage = { url: string; html: string };

export type RecordedRequest = {
  url: string;
  from: 'page' | 'worker' | 'extension-page';
  resourceType: string;
};

export type Beacon = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Every request seen, in order. */
  requests: RecordedRequest[];
  /** Console errors and page errors from extension pages and routed pages. */
  errors: string[];
  /** Serve `html` at `url` (exact) — used for routed platform pages. */
  serve(url: string, html: string): Promise<void>;
  /** Serve a whole host: `pages` maps pathname (+search) to html; other paths get a 404 page. */
  serveHost(origin: string, pages: Record<string, string>): Promise<void>;
  /** Open an extension page (popup.html, workspace.html#/…, casefile.html). */
  openExtensionPage(path: string): Promise<Page>;
  extensionUrl(path: string): string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
};

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
];

export async function launchBeacon(
  opts: { userDataDir?: string; withExtension?: boolean; headless?: boolean; locale?: string } = {},
): Promise<Beacon> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const withExtension = opts.withExtension ?? true;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'beacon-e2e-'));
  const args = [...BASE_ARGS];
  if (withExtension) {
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  }
  if (opts.locale) args.push(`--lang=${opts.locale}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args,
    locale: opts.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
    // Read-only clipboard access is granted by the test, never by the extension.
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  const requests: RecordedRequest[] = [];
  const errors: string[] = [];
  context.on('request', (request: Request) => {
    const frameUrl = safeFrameUrl(request);
    const fromWorker = request.serviceWorker() !== null;
    requests.push({
      url: request.url(),
      from: fromWorker
        ? 'worker'
        : frameUrl.startsWith('chrome-extension://')
          ? 'extension-page'
          : 'page',
      resourceType: request.resourceType(),
    });
  });
  const watchPage = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);

  // Anything not routed explicitly fails fast instead of waiting on a network that isn't there.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));

  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }

  const beacon: Beacon = {
    context,
    extensionId,
    worker: worker as Worker,
    userDataDir,
    requests,
    errors,
    async serve(url, html) {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async serveHost(origin, pages) {
      await context.route(`${origin}/**`, (route) => {
        const url = new URL(route.request().url());
        if (route.request().resourceType() !== 'document') {
          return route.fulfill({ status: 204, body: '' });
        }
        const html = pages[url.pathname + url.search] ?? pages[url.pathname];
        return route.fulfill({
          status: html ? 200 : 404,
          contentType: 'text/html; charset=utf-8',
          body: html ?? '<!doctype html><title>Not found</title><p>Not found</p>',
        });
      });
    },
    extensionUrl(path) {
      return `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(beacon.extensionUrl(path));
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return beacon;
}

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** Requests Beacon itself made: anything from the extension's worker or pages that is not one
 * of its own packaged files. Routed platform pages and their sub-resources are the test's. */
export function extensionRequests(beacon: Beacon): RecordedRequest[] {
  const own = `chrome-extension://${beacon.extensionId}/`;
  return beacon.requests.filter(
    (r) => (r.from === 'worker' || r.from === 'extension-page') && !r.url.startsWith(own),
  );
}

export function fixture(path: string): string {
  return readFileSync(resolve('tests/fixtures', path), 'utf8');
}

/** Wrap a fragment in a minimal document (fixtures are often one post's outerHTML). */
export function pageWith(body: string, title = 'Feed'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/**
 * Elements inside closed shadow roots are invisible to locators: read them through CDP with
 * `pierce: true`. Returns the flattened nodes that match a predicate on name/attributes.
 */
export async function pierceQuery(
  page: Page,
  match: (node: { nodeName: string; attributes: Record<string, string> }) => boolean,
): Promise<
  Array<{
    nodeName: string;
    attributes: Record<string, string>;
    text: string;
    backendNodeId: number;
  }>
> {
  const cdp = await page.context().newCDPSession(page);
  type CdpNode = {
    nodeName: string;
    nodeType: number;
    nodeValue?: string;
    backendNodeId: number;
    attributes?: string[];
    children?: CdpNode[];
    shadowRoots?: CdpNode[];
    contentDocument?: CdpNode;
  };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const found: Array<{
    nodeName: string;
    attributes: Record<string, string>;
    text: string;
    backendNodeId: number;
  }> = [];
  const textOf = (node: CdpNode): string =>
    node.nodeType === 3
      ? (node.nodeValue ?? '')
      : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
  const walk = (node: CdpNode) => {
    const attributes: Record<string, string> = {};
    const list = node.attributes ?? [];
    for (let i = 0; i + 1 < list.length; i += 2)
      attributes[list[i] as string] = list[i + 1] as string;
    const shaped = { nodeName: node.nodeName.toLowerCase(), attributes };
    if (node.nodeType === 1 && match(shaped)) {
      found.push({
        ...shaped,
        text: textOf(node).replace(/\s+/g, ' ').trim(),
        backendNodeId: node.backendNodeId,
      });
    }
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    if (node.contentDocument) walk(node.contentDocument);
  };
  walk(root);
  await cdp.detach();
  return found;
}

/** Click an element found by pierceQuery with a real (trusted) mouse click at its centre. */
export async function trustedClick(page: Page, backendNodeId: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  // As a person sees a button before clicking it: Beacon's clickjacking guard counts a click on
  // its shortcut only once the shortcut has been visible and still for 500 ms (the wait leaves
  // room for a smooth scroll to end and for a loaded machine).
  await page.waitForTimeout(1000);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
    model: { content: number[] };
  };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/**
 * Stop the extension's service worker, as Chrome does after 30 s idle: the vault in memory is
 * gone, its key stays in storage.session. Resolves once a status event says every version
 * stopped (no event at all is not taken for "stopped").
 */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const running = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) running.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 5_000;
  while (!(running.size > 0 && [...running.values()].every((s) => s === 'stopped'))) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop within 5 s');
    await page.waitForTimeout(50);
  }
  await cdp.detach();
}

/** Run a function in the extension's service worker (e.g. read storage in a test). */
export async function inWorker<T>(beacon: Beacon, fn: () => Promise<T> | T): Promise<T> {
  return beacon.worker.evaluate(fn);
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
    ([t, d]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ beacon: 1, type: t, data: d }) as Promise<Answer<T>>,
    [type, data] as const,
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
