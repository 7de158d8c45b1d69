import type { Adapter } from './adapter';
import { attr, excerpt, findMedia, first, isoTime, type MediaRule, reading } from './read';

/**
 * Telegram Web, both clients: K (`/k/`, a message is `[data-mid]` with `data-peer-id` and
 * `data-timestamp`) and A (`/a/`, a message is `[data-message-id]`, its chat in the address
 * fragment). Message addresses follow Telegram's own link formats: `t.me/{channel}/{id}` for
 * public channels and groups, `t.me/c/{id}/{id}` for private ones. Private chats (DMs) have no
 * message link at all: the chat's web address stands in, with the message id kept beside it.
 */
const MEDIA: readonly MediaRule[] = [
  ['video', 'video', 'structure'],
  ['img[src]:not([src^="data:"])', 'image', 'structure'],
  ['canvas', 'image', 'structure'],
];
/** Avatars, replies' previews, stickers and custom emoji are not a message's media. */
const NOT_MEDIA =
  '.avatar, .Avatar, .reply, .ReplyMessage, .EmbeddedMessage, .emoji, .custom-emoji, .sticker, .reactions, .Reactions';
const PEER = /^-?\d{1,20}$/;
const USERNAME = /^@([A-Za-z][\w]{3,31})$/;

/** The chat of the page: the address fragment (`#@name`, `#-100…`, `#123`), optional `_thread`. */
function chatOf(url: URL): string | undefined {
  return /^(@[A-Za-z]\w{3,31}|-?\d{1,20})(?:[_?].*)?$/.exec(url.hash.slice(1))?.[1];
}

function permalinkOf(client: 'k' | 'a', chat: string, mid: string): string {
  const name = USERNAME.exec(chat)?.[1];
  if (name) return `https://t.me/${name}/${mid}`;
  if (chat.startsWith('-100')) return `https://t.me/c/${chat.slice(4)}/${mid}`;
  return `https://web.telegram.org/${client}/#${chat}`;
}

export const telegram: Adapter = {
  id: 'telegram',
  version: 1,
  posts: ['[data-mid][data-peer-id]', '[data-message-id]'],
  readPost(post, { url }) {
    const k = post.hasAttribute('data-mid');
    const mid = attr(post, k ? 'data-mid' : 'data-message-id');
    // K writes the chat on every message; A only in the address.
    const chat = (k ? attr(post, 'data-peer-id') : undefined) ?? chatOf(url);
    // Local ids (not yet sent, or service messages) are not positive whole numbers.
    const ok = chat && mid && /^\d{1,12}$/.test(mid) && (PEER.test(chat) || USERNAME.test(chat));
    // K names a public chat only in the address: prefer the @name when the address gives one.
    const named = chatOf(url);
    const chatId = named && USERNAME.test(named) ? named : chat;
    const found = findMedia(post, MEDIA, NOT_MEDIA);
    const media = found.media.map((m) => (m.address?.startsWith('blob:') ? { kind: m.kind } : m));
    return reading(
      {
        kind: 'post',
        platform: 'telegram',
        permalink: ok && chatId ? permalinkOf(k ? 'k' : 'a', chatId, mid) : undefined,
        postId: ok ? `${chat}/${mid}` : undefined,
        author: {
          displayName: excerpt(
            first(post, ['.peer-title', '.message-title-name', '.sender-title']),
            200,
          ),
        },
        postedAt: isoTime(attr(post, 'data-timestamp')),
        text: excerpt(first(post, ['.translatable-message', '.text-content', '.message'])),
        media,
      },
      found.tier,
      media.length > 0,
    );
  },
  anchor: (post) =>
    first(post, ['.bubble-content', '.message-content', '.text-content', '.attachment']) ?? post,
  reportRoute: { menuPath: ['Report'], confirmed: true, noForm: true },
};
