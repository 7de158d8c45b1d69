import type { Adapter } from './adapter';
import { attr, excerpt, findMedia, first, type MediaRule, pathOf, reading } from './read';

const ORIGIN = 'https://www.twitch.tv';
/** Clips (`/{channel}/clip/{slug}`, `clips.twitch.tv/{slug}`) and VODs (`/videos/{id}`). */
const ITEM = /^\/(?:([A-Za-z0-9_]{3,25})\/clip\/([\w-]{5,100})|videos\/(\d{5,20}))\/?$/;
const CLIP_HOST = /^\/([\w-]{5,100})\/?$/;
/** First path segments that are Twitch's own pages, not channels. */
const RESERVED =
  /^(videos|directory|search|settings|downloads|jobs|turbo|p|subscriptions|inventory|wallet|drops|friends|messages|payments|prime|store|u|moderator|popout|embed|clip|collections)$/i;
const CHANNEL = /^\/([A-Za-z0-9_]{3,25})\/?(?:videos|clips|about|schedule)?\/?$/;
const MEDIA: readonly MediaRule[] = [
  ['a[data-a-target="preview-card-image-link"]', 'video', 'testid'],
  ['video', 'video', 'structure'],
];

type Item = { permalink: string; id: string; channel?: string };

function itemOf(url: URL | undefined): Item | undefined {
  if (!url) return undefined;
  if (url.hostname === 'clips.twitch.tv') {
    const slug = CLIP_HOST.exec(url.pathname)?.[1];
    return slug && slug !== 'embed'
      ? { permalink: `https://clips.twitch.tv/${slug}`, id: slug }
      : undefined;
  }
  const m = ITEM.exec(url.pathname);
  if (!m) return undefined;
  return m[2]
    ? { permalink: `${ORIGIN}/${m[1]}/clip/${m[2]}`, id: m[2], channel: m[1] }
    : { permalink: `${ORIGIN}/videos/${m[3]}`, id: m[3] as string };
}

function channelOf(path: string): string | undefined {
  const name = CHANNEL.exec(path)?.[1];
  return name && !RESERVED.test(name) ? name.toLowerCase() : undefined;
}

export const twitch: Adapter = {
  id: 'twitch',
  version: 1,
  // The player of a clip or VOD page, and the cards of a channel's videos and clips lists.
  posts: ['[data-a-target="video-player"], article'],
  readPost(post, { url }) {
    const player = post.getAttribute('data-a-target') === 'video-player';
    let item: Item | undefined;
    let channelLink: Element | null | undefined;
    if (player) {
      item = itemOf(url);
      // The channel's name sits by the player, in the channel header link around its h1.
      channelLink = post.ownerDocument.querySelector('a[href] h1')?.closest('a');
    } else {
      const link = post.querySelector('a[data-a-target="preview-card-image-link"]');
      if (!link) return { ok: false, reason: 'not-a-post' };
      const href = attr(link, 'href');
      item = itemOf(href ? new URL(href, ORIGIN) : undefined);
      channelLink = post.querySelector('a[data-a-target="preview-card-channel-link"]');
    }
    const channel = item?.channel ?? channelOf(pathOf(attr(channelLink, 'href'), ORIGIN));
    const found = findMedia(post, MEDIA);
    const media = found.media
      .slice(0, 1)
      .map((m) => (m.address?.startsWith('blob:') ? { kind: m.kind } : m));
    return reading(
      {
        kind: 'post',
        platform: 'twitch',
        permalink: item?.permalink,
        postId: item?.id,
        author: {
          handle: channel,
          displayName: excerpt(channelLink, 200),
          profileUrl: channel ? `${ORIGIN}/${channel}` : undefined,
        },
        text: excerpt(
          player
            ? first(post.ownerDocument, ['[data-a-target="stream-title"]', 'h2'])
            : first(post, ['[data-a-target="preview-card-title-link"]', 'h3', 'h4']),
        ),
        media,
      },
      player ? 'testid' : found.tier,
      media.length > 0,
    );
  },
  anchor: (post) =>
    post.getAttribute('data-a-target') === 'video-player'
      ? post
      : (first(post, ['a[data-a-target="preview-card-channel-link"]', 'h3', 'h4']) ?? post),
  readPage(doc, { url }) {
    if (url.hostname === 'clips.twitch.tv') return null;
    const handle = channelOf(url.pathname);
    if (!handle) return null;
    const profileUrl = `${ORIGIN}/${handle}`;
    const title = first(doc, ['a[href] h1', 'h1']);
    return {
      capture: {
        kind: 'account',
        platform: 'twitch',
        permalink: profileUrl,
        subject: `@${handle}`,
        author: { handle, displayName: excerpt(title, 200), profileUrl },
      },
      anchor: title,
    };
  },
  // The reference has only the in-app path, with labels from 2018.
  reportRoute: { menuPath: ['⋮', 'Report'], confirmed: false, noForm: true },
};
