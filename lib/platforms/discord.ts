import type { Adapter } from './adapter';
import { attr, excerpt, findMedia, first, type MediaRule, reading, timeIn } from './read';

const ORIGIN = 'https://discord.com';
/** The page's channel: a server's (`/channels/{guild}/{channel}`) or a DM's (`@me`). */
const CHANNEL = /^\/channels\/(@me|\d{5,25})\/(\d{5,25})/;
/** A message row's id names its channel and message: `chat-messages-{channel}-{message}`. */
const ROW = /^chat-messages(?:___chat-messages)?-(\d{5,25})-(\d{5,25})$/;
/** Attachments and embeds live in the message's accessories; reactions and avatars don't. */
const MEDIA: readonly MediaRule[] = [
  ['[id^="message-accessories-"] video', 'video', 'testid'],
  ['[id^="message-accessories-"] a[href*="/attachments/"] img', 'image', 'testid'],
  ['[id^="message-accessories-"] img', 'image', 'testid'],
];
const NOT_MEDIA = '[id^="message-reactions-"], [id^="message-reply-context-"]';

/** The row id, whichever tier found the message (the list item or its inner article). */
function rowId(post: Element): string | undefined {
  return attr(post, 'id') ?? attr(post, 'data-list-item-id');
}

export const discord: Adapter = {
  id: 'discord',
  version: 1,
  posts: ['li[id^="chat-messages-"]', '[data-list-item-id^="chat-messages___"]'],
  readPost(post, { url }) {
    const page = CHANNEL.exec(url.pathname);
    const row = ROW.exec(rowId(post) ?? '');
    // The row's channel must be the page's: a message shown from elsewhere has no address here.
    const ok = page && row && row[1] === page[2];
    const found = findMedia(post, MEDIA, NOT_MEDIA);
    // Grouped messages have no header of their own: the name is only on the first of a run.
    const name = post.querySelector('[id^="message-username-"]');
    return reading(
      {
        kind: 'post',
        platform: 'discord',
        permalink: ok ? `${ORIGIN}/channels/${page[1]}/${row[1]}/${row[2]}` : undefined,
        postId: ok ? row[2] : undefined,
        // Discord has no public profile pages: the name shown is all there is to record.
        author: { displayName: excerpt(attr(name?.firstElementChild, 'data-text') ?? name, 200) },
        postedAt: timeIn(post),
        text: excerpt(post.querySelector('[id^="message-content-"]')),
        media: found.media.map((m) => (m.address?.startsWith('blob:') ? { kind: m.kind } : m)),
      },
      found.tier,
      found.media.length > 0,
    );
  },
  anchor: (post) =>
    first(post, ['h3', '[id^="message-content-"]', '[id^="message-accessories-"]']) ?? post,
  reportRoute: {
    menuPath: ['Message', 'Report'],
    formUrl: 'https://discord.com/report',
    confirmed: true,
  },
};
