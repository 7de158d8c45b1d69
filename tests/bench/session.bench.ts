/**
 * A long session: 20,000 X-like posts scrolled through a virtualised timeline that keeps about
 * 50 cells in the DOM (old cells removed, new ones added, some cells recycled in place with
 * another post, as X does), then 100 SPA navigations that each re-render the timeline. At the
 * start, middle and end, after a forced GC: what the content script's isolated world retains
 * (CDP `Runtime.queryObjects` on that world's own prototypes: DOM elements it holds, its
 * MutationObservers), its event listeners (DOMDebugger.getEventListeners, counted by the
 * extension's script ids), its shortcuts in the page, and the renderer's JS heap (page and
 * content script together; the page itself keeps nothing per post). None may grow with posts.
 *   node scripts/run-ts.mjs tests/bench/session.bench.ts   (npm run bench runs it)
 */
import type { CDPSession } from 'playwright-core';
import { launchBeacon } from '../e2e/harness';
import { recorder } from './figures.mjs';

const POSTS = Number(process.env.SESSION_BENCH_POSTS ?? 20_000);
const NAVIGATIONS = Number(process.env.SESSION_BENCH_NAVIGATIONS ?? 100);
const KEEP = 50;
const PER_FRAME = 25;

function sessionPage(): string {
  // X's hooks (as tests/fixtures/feed/bench.html): the saved x.com posts would be more faithful,
  // but 20,000 of them take too long on a shared 2-core machine; what Beacon keeps per post
  // (a shortcut per media post, its bookkeeping) is the same.
  const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
  const post = (kind: string) =>
    `<article data-testid="tweet" role="article" tabindex="0"><div><div data-testid="User-Name"><a href="/user__U__" role="link"><span>User __U__</span></a><a href="/user__U__" role="link"><span>@user__U__</span></a><a href="/user__U__/status/__ID__" role="link"><time datetime="2025-10-01T12:00:00.000Z">Oct 1</time></a></div><div data-testid="tweetText" lang="en"><span>Post __ID__ in the long session.</span></div>${kind === 'photo' ? `<div data-testid="tweetPhoto"><img alt="Image" src="${GIF}"></div>` : kind === 'video' ? `<div data-testid="videoPlayer"><video preload="none" poster="${GIF}"></video></div>` : ''}<div role="group" aria-label="Replies, reposts, likes"><button data-testid="reply" aria-label="Reply"></button><button data-testid="like" aria-label="Like"></button></div></div></article>`;
  const templates = { photo: post('photo'), video: post('video'), text: post('text') };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>body{margin:0;font:15px/20px system-ui,sans-serif}main{width:600px;margin:0 auto}svg{width:20px;height:20px}
img,video{display:block;max-width:100%;height:200px}article{display:block;padding:12px 16px;border-bottom:1px solid #eee}</style></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn"><section role="region">
<div aria-label="Timeline: Your Home Timeline" id="timeline"></div></section></div></main></div>
<script>
(() => {
  const T = ${JSON.stringify(templates).replaceAll('</', '<\\/')};
  const KINDS = ['photo', 'text', 'video', 'photo', 'text', 'photo', 'text', 'video', 'photo', 'text'];
  const timeline = document.getElementById('timeline');
  let seen = 0;
  const html = (i) => T[KINDS[i % 10]].replaceAll('__ID__', String(1900000000000000000n + BigInt(i))).replaceAll('__U__', String(i % 97));
  function cell(i) {
    const c = document.createElement('div');
    c.setAttribute('data-testid', 'cellInnerDiv');
    c.innerHTML = html(i);
    return c;
  }
  // One frame of scrolling: ${PER_FRAME} new posts; beyond ${KEEP} cells the oldest go, and one
  // cell in five is recycled in place (its content replaced by a newer post).
  function step() {
    for (let k = 0; k < ${PER_FRAME}; k++) {
      const i = seen++;
      if (k % 5 === 4 && timeline.childElementCount >= ${KEEP}) {
        timeline.firstElementChild.innerHTML = html(i);
        timeline.append(timeline.firstElementChild);
      } else timeline.append(cell(i));
    }
    while (timeline.childElementCount > ${KEEP}) timeline.firstElementChild.remove();
  }
  window.scrollTo = (n) => new Promise((done) => {
    const tick = () => { if (seen < n) { step(); requestAnimationFrame(tick); } else requestAnimationFrame(() => requestAnimationFrame(done)); };
    requestAnimationFrame(tick);
  });
  // An SPA navigation: a new address, the timeline rendered afresh.
  window.navigateTo = (path) => new Promise((done) => {
    history.pushState({}, '', path);
    timeline.replaceChildren();
    for (let k = 0; k < ${KEEP}; k++) timeline.append(cell(seen++));
    requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  window.postsSeen = () => seen;
})();
</script></body></html>`;
}

const rec = recorder('session');
const beacon = await launchBeacon();
try {
  await beacon.context.route('https://x.com/**', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: sessionPage() })
      : route.fulfill({ status: 204, body: '' }),
  );
  const page = await beacon.context.newPage();
  const cdp: CDPSession = await beacon.context.newCDPSession(page);
  const contexts = new Map<number, { origin: string; type?: string }>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    contexts.set(context.id, { origin: context.origin, type: context.auxData?.type });
  });
  const extensionScripts = new Set<string>();
  cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => {
    if (url.startsWith('chrome-extension://')) extensionScripts.add(scriptId);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await page.goto('https://x.com/home');
  await page.waitForFunction(
    () => typeof (window as { scrollTo?: unknown }).scrollTo === 'function',
  );
  await page.evaluate(() =>
    (window as unknown as { scrollTo(n: number): Promise<void> }).scrollTo(50),
  );
  await page.waitForTimeout(500);
  const isolated = [...contexts].find(
    ([, c]) => c.type === 'isolated' && c.origin.startsWith('chrome-extension://'),
  )?.[0];
  if (isolated === undefined) throw new Error('No content-script world in the page.');

  const inWorld = async (expression: string) =>
    (
      (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: isolated,
        objectGroup: 'bench',
      })) as {
        result: { objectId?: string; value?: unknown };
      }
    ).result;
  const countByPrototype = async (proto: string) => {
    const p = await inWorld(`${proto}.prototype`);
    const { objects } = (await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: p.objectId as string,
      objectGroup: 'bench',
    })) as { objects: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    })) as { result: { value: number } };
    return result.value;
  };
  const listeners = async () => {
    let n = 0;
    for (const target of ['document', 'window']) {
      const obj = await inWorld(target);
      const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', {
        objectId: obj.objectId as string,
        depth: target === 'document' ? -1 : 0,
        pierce: true,
      })) as { listeners: Array<{ scriptId: string }> };
      n += listeners.filter((l) => extensionScripts.has(l.scriptId)).length;
    }
    return n;
  };

  type Point = {
    elements: number;
    observers: number;
    listeners: number;
    shortcuts: number;
    heapMB: number;
  };
  async function snapshot(): Promise<Point> {
    await cdp.send('HeapProfiler.collectGarbage');
    const point = {
      elements: await countByPrototype('Element'),
      observers: await countByPrototype('MutationObserver'),
      listeners: await listeners(),
      shortcuts: await page.evaluate(() => document.querySelectorAll('beacon-shortcut').length),
      heapMB:
        ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1024 / 1024,
    };
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
    return point;
  }
  const t0 = Date.now();
  const print = (label: string, p: Point) =>
    console.log(
      `  [${((Date.now() - t0) / 1000).toFixed(0)} s]`,
      `  ${label.padEnd(30)} elements held ${String(p.elements).padStart(5)}  observers ${p.observers}  listeners ${String(p.listeners).padStart(3)}  shortcuts in page ${String(p.shortcuts).padStart(3)}  JS heap ${p.heapMB.toFixed(1)} MB`,
    );

  console.log(
    `\nLong session: ${POSTS.toLocaleString('en')} X-like posts, ${KEEP} cells kept in the DOM, ${PER_FRAME} per frame`,
  );
  const points: Point[] = [await snapshot()];
  print('start (50 posts)', points[0] as Point);
  // Start, middle and end, and points between: Beacon prunes its list of detached shortcuts in
  // batches, so what it holds is a saw-tooth; the peak shows it stays bounded.
  for (let k = 1; k <= 8; k++) {
    const at = (POSTS * k) / 8;
    await page.evaluate(
      (n) => (window as unknown as { scrollTo(n: number): Promise<void> }).scrollTo(n),
      at,
    );
    points.push(await snapshot());
    print(`after ${at.toLocaleString('en')} posts`, points.at(-1) as Point);
  }
  const start = points[0] as Point;
  const middle = points[4] as Point;
  const end = points.at(-1) as Point;
  const peak = Math.max(...points.map((p) => p.elements));
  rec.figure({
    id: 'scroll.elements-start',
    label: 'elements held by the content script, start',
    value: start.elements,
    unit: '',
  });
  rec.figure({
    id: 'scroll.elements-middle',
    label: 'elements held by the content script, middle',
    value: middle.elements,
    unit: '',
  });
  rec.figure({
    id: 'scroll.elements-end',
    label: 'elements held by the content script, end',
    value: end.elements,
    unit: '',
  });
  rec.figure({
    id: 'scroll.elements-peak',
    label: 'elements held by the content script, peak',
    value: peak,
    unit: '',
  });
  rec.figure({
    id: 'scroll.listeners-growth',
    label: 'its listeners, end − start',
    value: end.listeners - start.listeners,
    unit: '',
  });
  rec.figure({
    id: 'scroll.observers-growth',
    label: 'its MutationObservers, end − start',
    value: end.observers - start.observers,
    unit: '',
  });
  rec.figure({
    id: 'scroll.heap-growth',
    label: 'renderer JS heap after GC, end − start',
    value: end.heapMB - start.heapMB,
    unit: 'MB',
  });

  console.log(`\n${NAVIGATIONS} SPA navigations, each rendering the timeline afresh`);
  const nav: Point[] = [await snapshot()];
  print('start', nav[0] as Point);
  for (let i = 1; i <= NAVIGATIONS; i++) {
    const path = i % 2 ? `/TestUser${i}` : `/home?n=${i}`;
    await page.evaluate(
      (p) => (window as unknown as { navigateTo(p: string): Promise<void> }).navigateTo(p),
      path,
    );
    if (i === NAVIGATIONS / 2 || i === NAVIGATIONS) {
      nav.push(await snapshot());
      print(`after ${i} navigations`, nav.at(-1) as Point);
    }
  }
  const [n0, , n2] = nav as [Point, Point, Point];
  rec.figure({
    id: 'spa.elements-growth',
    label: 'elements held by the content script, end − start',
    value: n2.elements - n0.elements,
    unit: '',
  });
  rec.figure({
    id: 'spa.listeners-growth',
    label: 'its listeners, end − start',
    value: n2.listeners - n0.listeners,
    unit: '',
  });
  rec.figure({
    id: 'spa.observers-growth',
    label: 'its MutationObservers, end − start',
    value: n2.observers - n0.observers,
    unit: '',
  });
  rec.figure({
    id: 'spa.heap-growth',
    label: 'renderer JS heap, end − start',
    value: n2.heapMB - n0.heapMB,
    unit: 'MB',
  });
  rec.save({ scroll: points, spa: nav });
} finally {
  await beacon.close();
}
