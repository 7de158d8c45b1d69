// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { discord } from '@/lib/platforms/discord';
import { html, readAll } from './fixture';

const CHANNEL = 'https://discord.com/channels/1100000000000000001/1100000000000000002';
const DM = 'https://discord.com/channels/@me/1200000000000000001';

describe('discord adapter', () => {
  it('server channel: messages with an attachment get shortcuts, text-only ones do not', () => {
    const posts = readAll(discord, 'discord/channel.html', CHANNEL);
    expect(posts.map((p) => p.reading)).toEqual([
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'discord',
          permalink: `${CHANNEL}/1100000000000000010`,
          postId: '1100000000000000010',
          author: { displayName: 'river_fox' },
          postedAt: '2026-11-28T18:04:11.000Z',
          text: 'look at this',
          // The avatar and the reaction emoji are not the message's media.
          media: [
            {
              kind: 'image',
              address:
                'https://media.discordapp.net/attachments/1100000000000000002/1100000000000000011/placeholder.png?width=400&height=300',
            },
          ],
        },
      },
      { ok: false, reason: 'no-media' },
      {
        ok: true,
        tier: 'testid',
        capture: {
          kind: 'post',
          platform: 'discord',
          permalink: `${CHANNEL}/1100000000000000013`,
          postId: '1100000000000000013',
          media: [
            {
              kind: 'video',
              address:
                'https://cdn.discordapp.com/attachments/1100000000000000002/1100000000000000014/placeholder.mp4',
            },
          ],
        },
      },
    ]);
  });

  it('direct messages: an embed counts, and the permalink is the @me message link', () => {
    const [post] = readAll(discord, 'discord/dm.html', DM);
    expect(post?.reading).toEqual({
      ok: true,
      tier: 'testid',
      capture: {
        kind: 'post',
        platform: 'discord',
        permalink: `${DM}/1200000000000000002`,
        postId: '1200000000000000002',
        author: { displayName: 'stranger.account' },
        postedAt: '2026-11-29T21:30:00.000Z',
        text: 'pay or I post it',
        media: [
          {
            kind: 'image',
            address: 'https://images-ext-1.discordapp.net/external/placeholder/embed.png',
          },
        ],
      },
    });
  });

  it('layout variant: message articles without list items are read by the second tier', () => {
    const [post] = readAll(discord, 'discord/layout-article.html', CHANNEL);
    expect(post?.reading).toMatchObject({
      ok: true,
      capture: { permalink: `${CHANNEL}/1100000000000000020`, postId: '1100000000000000020' },
    });
  });

  it('no permalink off a channel page, for another channel’s message, or a malformed row id', () => {
    const [post] = readAll(discord, 'discord/channel.html', CHANNEL);
    const el = post?.el as Element;
    for (const page of [
      'https://discord.com/app',
      'https://discord.com/channels/1100000000000000001/1100000000000000099',
    ]) {
      expect(discord.readPost(el, { url: new URL(page) })).toEqual({
        ok: false,
        reason: 'no-permalink',
      });
    }
    const doc = html(
      `<li id="chat-messages-1100000000000000002-12‮34"><div id="message-accessories-1"><img src="https://cdn.discordapp.com/a.png"></div></li>`,
    );
    expect(discord.readPost(doc.querySelector('li') as Element, { url: new URL(CHANNEL) })).toEqual(
      {
        ok: false,
        reason: 'no-permalink',
      },
    );
  });

  it('no account pages (Discord has no public profiles); report form from the reference', () => {
    expect(discord.readPage).toBeUndefined();
    expect(discord.reportRoute).toEqual({
      menuPath: ['Message', 'Report'],
      formUrl: 'https://discord.com/report',
      confirmed: true,
    });
  });
});
