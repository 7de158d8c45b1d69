import { platformForHost } from '../platforms/hosts';

/**
 * The key the removal watch compares: one page address and one evidence address give the same
 * key when they name the same item. Hosts of one platform are one (x.com = twitter.com, old.,
 * new. and www.reddit.com), the query and fragment go (tracking, `?lang=`), except where they
 * name the item (YouTube's `v=`, Telegram Web's chat fragment), the path keeps its case (ids are
 * case-sensitive on some platforms) and loses a trailing slash. Only https addresses of
 * supported platforms have keys: nothing else can ever match, so nothing else is looked at.
 */
export function watchKey(address: string): string | null {
  if (address.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const platform = platformForHost(url.hostname);
  if (!platform) return null;
  let path = url.pathname.replace(/\/+$/, '') || '/';
  // X's photo and video viewers are the post's own address with a suffix; handles ignore case.
  if (platform === 'x') {
    path = path.replace(/\/(photo|video)\/\d+$|\/history$|\/analytics$/, '').toLowerCase();
  }
  if (platform === 'twitch' && url.hostname === 'clips.twitch.tv') path = `/clip${path}`;
  if (platform === 'twitch') path = path.replace(/^\/[^/]+\/clip\//, '/clip/').toLowerCase();
  if (platform === 'reddit')
    path = path.replace(/^(\/(?:r|u|user)\/[^/]+)?(\/comments\/[a-z0-9]+).*$/i, '$2');
  let tail = '';
  if (platform === 'youtube' && path === '/watch') tail = `?v=${url.searchParams.get('v') ?? ''}`;
  if (platform === 'telegram') tail = url.hash;
  return `${platform}:${path}${tail}`;
}

/**
 * Whether a content script's report names the page it was sent from (the sender's address,
 * from the browser, not from the message): a report about any other item is dropped, so a
 * script on one post can't mark another piece of evidence "removed". The fragment is left out
 * of the comparison because a browser need not give it with the sender's address; on Telegram
 * Web, where the chat lives in the fragment, this is then a same-platform check.
 */
export function reportFromItsPage(reported: string, senderUrl: string | undefined): boolean {
  if (!senderUrl) return false;
  const key = watchKey(reported.split('#')[0] as string);
  return key !== null && key === watchKey(senderUrl.split('#')[0] as string);
}

/**
 * Whether a watch message names the page it came from, from what the browser says of the sender
 * (`runtime.MessageSender`): its tab's current address when the browser gives it (Chromium), or
 * else the address its document was loaded with. The second goes stale after an in-app
 * navigation (`pushState`, how most posts are opened): both Chromium and Firefox keep the load
 * address in `sender.url`, and Firefox gives no `tab.url` without the "tabs" permission. Without
 * a current address the check is the same origin as the document's — no weaker in practice:
 * a script in the page can `pushState` to any address of its origin, and the watch reads what the
 * page shows there (docs/ARCHITECTURE.md, "What the script learns").
 */
export function reportFromItsTab(
  reported: string,
  sender: { url?: string; tab?: { url?: string } },
): boolean {
  // The router takes top frames only, so the tab's address is the page's.
  if (sender.tab?.url) return reportFromItsPage(reported, sender.tab.url);
  if (!sender.url || watchKey(reported.split('#')[0] as string) === null) return false;
  try {
    return new URL(reported).origin === new URL(sender.url).origin;
  } catch {
    return false;
  }
}
