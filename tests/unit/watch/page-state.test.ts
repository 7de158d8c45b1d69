// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ELEMENTS_MAX, NODE_MAX, readPage, readPageState } from '@/lib/feed/page-state';
import { WATCH_RULES } from '@/lib/platforms/gone';
import { PLATFORM_HOSTS, PLATFORM_IDS, type PlatformId } from '@/lib/platforms/hosts';
import { matchObservation } from '@/lib/watch/match';
import { html, load } from '../platforms/fixture';

const ROOT = join(__dirname, '../../fixtures/platforms');

/** The item page each "online" fixture is served at. */
const ONLINE: Record<PlatformId, [file: string, url: string]> = {
  x: ['x/status.html', 'https://x.com/placeholder/status/1'],
  instagram: ['instagram/post.html', 'https://www.instagram.com/p/AbC/'],
  facebook: ['facebook/post.html', 'https://www.facebook.com/story.php'],
  threads: ['threads/post.html', 'https://www.threads.com/@a/post/B'],
  reddit: ['reddit/post.html', 'https://www.reddit.com/r/pics/comments/1abc234/'],
  tiktok: ['tiktok/post.html', 'https://www.tiktok.com/@dance.daily/video/7430000000000000001'],
  youtube: ['youtube/post.html', 'https://www.youtube.com/watch?v=AAAAAAAAAAA'],
  bluesky: ['bluesky/post.html', 'https://bsky.app/profile/a/post/b'],
  tumblr: ['tumblr/post.html', 'https://www.tumblr.com/a/1'],
  pinterest: ['pinterest/post.html', 'https://www.pinterest.com/pin/1000000000000000001/'],
  discord: [
    'discord/channel.html',
    'https://discord.com/channels/1100000000000000001/1100000000000000002/1100000000000000010',
  ],
  telegram: ['telegram/k-channel.html', 'https://web.telegram.org/k/#-1001300000001'],
  twitch: ['twitch/vod.html', 'https://www.twitch.tv/videos/2100000001'],
};

const goneFixtures = PLATFORM_IDS.flatMap((id) =>
  readdirSync(join(ROOT, id))
    .filter((f) => f.startsWith('gone-'))
    // gone-<state>.html, or gone-<state>.<language/variant>.html for the same state in another
    // interface language.
    .map((f) => [id, f, f.slice(5, -5).split('.')[0]] as const),
);

describe('removal watch: page state', () => {
  it('every platform has at least one "gone" fixture', () => {
    expect(new Set(goneFixtures.map(([id]) => id))).toEqual(new Set(PLATFORM_IDS));
  });

  it.each(goneFixtures)('%s %s reads as its state', (id, file, state) => {
    const url = new URL(`https://${PLATFORM_HOSTS[id][0]}/item`);
    expect(readPageState(load(`${id}/${file}`), WATCH_RULES[id], url)).toBe(state);
  });

  it.each(PLATFORM_IDS)('%s: the item on its own page reads as online', (id) => {
    const [file, url] = ONLINE[id];
    expect(readPageState(load(file), WATCH_RULES[id], new URL(url))).toBe('online');
  });

  it('discord: a message link reads online only when that very message is on the page', () => {
    const other =
      'https://discord.com/channels/1100000000000000001/1100000000000000002/1100000000000000099';
    expect(
      readPageState(load('discord/channel.html'), WATCH_RULES.discord, new URL(other)),
    ).toBeNull();
  });

  it('a post whose text quotes a "gone" message is still online', () => {
    const doc = html(
      '<main><shreddit-post permalink="/r/a/comments/1/"><div slot="text-body">This account has been suspended — post was removed by Reddit lol</div></shreddit-post></main>',
    );
    expect(
      readPageState(doc, WATCH_RULES.reddit, new URL('https://www.reddit.com/r/a/comments/1/')),
    ).toBe('online');
    const tweet = html(
      '<article data-testid="tweet"><div data-testid="tweetText">Hmm...this page doesn’t exist. Account suspended. withheld in France</div></article>',
    );
    expect(readPageState(tweet, WATCH_RULES.x, new URL('https://x.com/a/status/1'))).toBe('online');
  });

  it('a page still loading, a blank page or another language: can’t tell (null)', () => {
    for (const markup of [
      '',
      '<div id="react-root"></div>',
      '<main><p>Cette page n’existe pas.</p></main>',
    ]) {
      for (const id of PLATFORM_IDS) {
        expect(readPageState(html(markup), WATCH_RULES[id], new URL(ONLINE[id][1]))).toBeNull();
      }
    }
  });

  it('queries each selector once per read, however many rules share it', () => {
    // X's rules share their empty-state and error containers; a page that matches none of them
    // (still loading) runs every rule, so each shared selector would be queried again.
    for (const id of PLATFORM_IDS) {
      const doc = html('<div id="react-root"><div data-testid="emptyState">Loading</div></div>');
      const query = vi.spyOn(doc, 'querySelectorAll');
      expect(readPageState(doc, WATCH_RULES[id], new URL(ONLINE[id][1]))).toBeNull();
      const selectors = query.mock.calls.map(([selector]) => selector);
      expect(selectors.length, id).toBeGreaterThan(0);
      expect(new Set(selectors).size, `${id}: ${selectors.join(' | ')}`).toBe(selectors.length);
    }
  });
});

/**
 * What each platform shows per gone state (lib/platforms/gone.ts's table): the states its rules
 * cover with wording from a public source. The others are (b) shown as another state's page, or
 * not a state the platform has, or (c) not verifiable: no rule, so those pages read as nothing.
 */
const COVERED: Record<PlatformId, readonly string[]> = {
  x: ['removed', 'withheld', 'account-suspended'],
  instagram: ['removed', 'withheld'],
  facebook: ['removed', 'withheld'],
  threads: ['removed'],
  reddit: ['removed', 'withheld', 'account-suspended'],
  tiktok: ['removed', 'withheld'],
  youtube: ['removed', 'withheld', 'account-suspended'],
  bluesky: ['removed', 'withheld', 'account-suspended'],
  tumblr: ['removed'],
  pinterest: ['removed'],
  discord: ['removed'],
  telegram: ['removed', 'withheld'],
  twitch: ['removed', 'withheld', 'account-suspended'],
};

/** Every text node of a document, for rewriting the wording in place. */
function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, 0x4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** The wording a fixture shows, as one string (what a post quoting it would contain). */
function wording(id: PlatformId, file: string): string {
  return textNodes(load(`${id}/${file}`))
    .map((t) => t.data)
    .join(' ');
}

describe('removal watch: each platform × gone state', () => {
  it.each(PLATFORM_IDS)('%s: its rules cover exactly the states the table gives', (id) => {
    expect(new Set(WATCH_RULES[id].gone.map(([state]) => state))).toEqual(new Set(COVERED[id]));
  });

  it.each(PLATFORM_IDS)('%s: every covered state has a fixture of its own page', (id) => {
    const states = new Set(goneFixtures.filter(([p]) => p === id).map(([, , state]) => state));
    expect(states).toEqual(new Set(COVERED[id]));
  });

  // (b): the platform shows another state's page for this one; the page reads as that state.
  it.each([
    // A suspended Instagram account's profile is the same "Sorry, this page isn't available."
    ['instagram', 'instagram/gone-removed.html', 'https://www.instagram.com/placeholder_acct/'],
    // A deactivated or disabled Facebook account: the same "This content isn't available" notice.
    ['facebook', 'facebook/gone-removed.html', 'https://www.facebook.com/placeholder.acct'],
    // A banned TikTok account: the same "Couldn't find this account" page as a deleted one.
    ['tiktok', 'tiktok/gone-removed.account.html', 'https://www.tiktok.com/@placeholder_acct'],
    // A banned Twitch channel that shows the time-machine page instead of the violation notice.
    ['twitch', 'twitch/gone-removed.html', 'https://www.twitch.tv/placeholder_acct'],
    // A terminated Tumblr account's blog: gone from public view, its address shows "There's
    // nothing here."
    ['tumblr', 'tumblr/gone-removed.html', 'https://placeholder-acct.tumblr.com/'],
  ] as const)('%s: a suspended account’s shared page (%s) reads as removed', (id, file, url) => {
    expect(readPageState(load(file), WATCH_RULES[id], new URL(url))).toBe('removed');
  });

  it('pinterest: a suspended account’s Pins stay public, so its Pin page still reads online', () => {
    const [file, url] = ONLINE.pinterest;
    expect(readPageState(load(file), WATCH_RULES.pinterest, new URL(url))).toBe('online');
    expect(WATCH_RULES.pinterest.gone.some(([state]) => state === 'account-suspended')).toBe(false);
  });

  // Withheld pages whose wording also fits the platform's removed rule: withheld must win, or
  // the item would read as gone for good and the platform step close on a country block.
  it.each([
    // "This content isn't available in your country" also holds "this content isn't available".
    ['facebook', 'facebook/gone-withheld.html', 'https://www.facebook.com/story.php'],
    ['facebook', 'facebook/gone-withheld.group.html', 'https://www.facebook.com/groups/1/'],
  ] as const)('%s: a withheld page (%s) reads withheld, never removed', (id, file, url) => {
    expect(readPageState(load(file), WATCH_RULES[id], new URL(url))).toBe('withheld');
  });

  it('instagram: the legal-request notice beside the not-found wording still reads withheld', () => {
    const doc = html(
      '<main><span>Sorry, this page isn’t available.</span><span>Account not available in India. This is because we complied with a legal request to restrict this content.</span></main>',
    );
    const url = new URL('https://www.instagram.com/placeholder_acct/');
    expect(readPageState(doc, WATCH_RULES.instagram, url)).toBe('withheld');
  });

  it('facebook: the group notice reads withheld even with no space before the country', () => {
    const doc = html(
      '<div role="main"><span>Access to this group has been restricted within</span><b>Thailand</b><span> pursuant to a legal request.</span></div>',
    );
    expect(
      readPageState(doc, WATCH_RULES.facebook, new URL('https://www.facebook.com/groups/1/')),
    ).toBe('withheld');
  });

  it('facebook: the withheld notice beside the removed one still reads withheld', () => {
    // Whatever order the page shows them in, the rule order decides.
    const doc = html(
      '<div role="main"><span>This content isn’t available right now</span><span>This post isn’t available in your country</span></div>',
    );
    const url = new URL(ONLINE.facebook[1]);
    expect(readPageState(doc, WATCH_RULES.facebook, url)).toBe('withheld');
    // The removed notice alone is still removed.
    const removed = html(
      '<div role="main"><span>This content isn’t available right now</span></div>',
    );
    expect(readPageState(removed, WATCH_RULES.facebook, url)).toBe('removed');
  });

  it('twitch: the geo-blocked player reads withheld on a clip and on a video', () => {
    for (const url of [
      'https://www.twitch.tv/pixel_garden/clip/PlaceholderClipSlug-abc',
      'https://www.twitch.tv/videos/2100000001',
    ]) {
      const doc = load('twitch/gone-withheld.html');
      expect(readPageState(doc, WATCH_RULES.twitch, new URL(url))).toBe('withheld');
    }
  });

  it('threads: the log-in wall a logged-out visitor gets on any profile reads as nothing', () => {
    // "Threads • Log in" (https://github.com/sherlock-project/sherlock/pull/2589): not a
    // suspended or withheld page, whatever the profile's state.
    // Only its title is sourced; the page's other text is not (no guessed wording here).
    const doc = html('<main><h1>Threads • Log in</h1></main>');
    const url = new URL('https://www.threads.com/@placeholder_acct');
    expect(readPageState(doc, WATCH_RULES.threads, url)).toBeNull();
  });

  it('states a platform does not have read as nothing, whatever the page says', () => {
    // Discord has no geo-withholding and no public profile page; Beacon's Discord evidence is
    // messages. Another platform's wording for those states matches none of its rules.
    const page = html(
      '<main><p>This content is not available in your country.</p><p>Account suspended</p></main>',
    );
    const url = new URL(ONLINE.discord[1]);
    expect(readPageState(page, WATCH_RULES.discord, url)).toBeNull();
  });
});

describe('removal watch: Bluesky posts hidden by a "!hide" label', () => {
  const url = new URL(ONLINE.bluesky[1]);

  it.each(['gone-withheld.html', 'gone-withheld.fr.html', 'gone-withheld.es.html'])(
    '%s: the hider on the thread item reads withheld, though the item is on the page',
    (file) => {
      const doc = load(`bluesky/${file}`);
      // The item itself is there (the present selector matches): the container rule decides.
      expect(doc.querySelector(WATCH_RULES.bluesky.present(url))).not.toBeNull();
      expect(readPage(doc, WATCH_RULES.bluesky, url)).toEqual({ state: 'withheld', from: 'sure' });
    },
  );

  it('a post whose text says "Content Blocked" is online', () => {
    const doc = load('bluesky/post.html');
    const text = doc.querySelector('[data-testid="postText"]');
    if (!text) throw new Error('fixture: no postText');
    text.textContent = 'Content Blocked';
    expect(readPageState(doc, WATCH_RULES.bluesky, url)).toBe('online');
    // Also as a link or tag in the post (role="link"), or quoted in a reply.
    text.innerHTML = '<a role="link" href="/search?q=x">Content Blocked</a>';
    expect(readPageState(doc, WATCH_RULES.bluesky, url)).toBe('online');
  });

  it('a button at the hider depth whose text only contains the words is not the hider', () => {
    // At the very depth the rule reads (item > View > View > button), so only the whole-text
    // anchoring of the rule keeps it online.
    const doc = html(
      `<main><div data-testid="postThreadScreen">${bskyAnchor('<div><div role="button"><div dir="auto">Content Blocked by my mum lol</div></div></div>')}</div></main>`,
    );
    expect(readPageState(doc, WATCH_RULES.bluesky, url)).toBe('online');
  });

  it.each(['Content Blocked (Account)', 'Contenido bloqueado (Account)'])(
    'a label on the whole account ("%s") reads withheld',
    (name) => {
      const doc = html(
        `<main><div data-testid="postThreadScreen">${bskyAnchor(bskyHider(name))}</div></main>`,
      );
      expect(readPage(doc, WATCH_RULES.bluesky, url)).toEqual({ state: 'withheld', from: 'sure' });
    },
  );

  it('the hider outside any thread item (a hidden reply, a feed) is not the item', () => {
    // A hidden reply's PostHider drops its postThreadItem-by-… testID (social-app
    // src/components/moderation/PostHider.tsx): its "Content Blocked" row is outside any item.
    const doc = load('bluesky/post.html');
    const reply = doc.querySelector('[data-testid="postThreadItem-by-carol.example.com"]');
    const row = doc.createElement('div');
    row.setAttribute('role', 'button');
    row.innerHTML = '<div dir="auto">Content Blocked</div>';
    reply?.replaceWith(row);
    expect(readPageState(doc, WATCH_RULES.bluesky, url)).toBe('online');
  });

  it('a hidden profile: the screen that holds only the hider reads withheld', () => {
    const profile = new URL('https://bsky.app/profile/placeholder.bsky.social');
    const doc = load('bluesky/gone-withheld.profile.html');
    expect(readPage(doc, WATCH_RULES.bluesky, profile)).toEqual({
      state: 'withheld',
      from: 'sure',
    });
  });

  it('a shown profile whose bio or name quotes the hider reads online, or nothing', () => {
    const profile = new URL('https://bsky.app/profile/placeholder.bsky.social');
    const quote = wording('bluesky', 'gone-withheld.profile.html');
    // The profile rendered: its bio quotes the whole hider screen.
    const shown = html(
      `<main><div data-testid="profileScreen"><div data-testid="profileView"><div data-testid="profileHeaderDisplayName">Content Warning</div><div data-testid="profileHeaderDescription">${quote}</div></div></div></main>`,
    );
    expect(readPageState(shown, WATCH_RULES.bluesky, profile)).toBe('online');
    // Even with no profileView, any text beside the hider's (a name) is not the hider screen.
    const beside = html(
      `<main><div data-testid="profileScreen"><div>Alice Example</div><div>${quote}</div></div></main>`,
    );
    expect(readPageState(beside, WATCH_RULES.bluesky, profile)).toBeNull();
  });

  it('"Content Blocked" as page wording alone, no thread item, reads as nothing', () => {
    const doc = html('<main><div><p>Content Blocked</p></div></main>');
    expect(readPageState(doc, WATCH_RULES.bluesky, url)).toBeNull();
  });

  it('a shown profile: the handle line alone keeps it from reading as the hider screen', () => {
    // The profile header always renders the handle ("@handle", or "⚠Invalid Handle": social-app
    // src/screens/Profile/Header/Handle.tsx), which a display name or bio can't remove: even a
    // name and bio that spell the hider's whole text are not the screen's whole text.
    const profile = new URL('https://bsky.app/profile/placeholder.bsky.social');
    const doc = html(
      `<main><div data-testid="profileScreen"><div>Content Warning</div><div>This profile has been flagged: Content Blocked. Learn More Go back</div><div>@placeholder.bsky.social</div></div></main>`,
    );
    expect(readPageState(doc, WATCH_RULES.bluesky, profile)).toBeNull();
  });
});

/**
 * A thread's anchor item as social-app renders it on the web (react-native-web: a View is a div,
 * a Button one div with role="button", src/components/Button.tsx), after
 * src/screens/PostThread/components/ThreadItemAnchor.tsx: the item (testID
 * postThreadItem-by-<handle>) holds the author row and a View (pb_sm) holding the post's own
 * ContentHider View (then the date and the controls). `contentHider` is that View: `shown(…)`
 * around the post's text and embeds, or `bskyHider(…)` when the post itself is hidden.
 */
function bskyAnchor(contentHider: string): string {
  return `<div data-testid="postThreadItem-by-mallory.example.com"><div><div><a role="link" href="/profile/mallory.example.com" aria-label="Mallory's avatar"></a></div><a role="link" href="/profile/mallory.example.com"><div>Mallory</div><div>@mallory.example.com</div></a><div><div role="button" tabindex="0" aria-label="Follow"><div dir="auto">Follow</div></div></div></div><div>${contentHider}<div><div><div dir="auto">October 28, 2025 at 9:10 AM</div></div></div><div><div><button data-testid="replyBtn" aria-label="Reply (0 replies)"></button></div></div></div></div>`;
}

/**
 * ContentHider with a `!hide` label, as src/components/moderation/ContentHider.tsx renders it
 * (ContentHiderActive): a View holding a Button whose text is the label's name (no "Show": the
 * label allows no override) and the "Labeled by … Learn more." Button. Its children are not
 * rendered at all (only after an override, which `!hide` never allows).
 */
function bskyHider(name: string): string {
  return `<div><div role="button" tabindex="0" aria-label="${name}"><div><svg viewBox="0 0 24 24" width="20" height="20"><path d="M12 2a10 10 0 1 0 0 20"></path></svg><div dir="auto">${name}</div></div></div><div role="button" tabindex="0" aria-label="Learn more about the moderation applied to this content"><div dir="auto">Labeled by Bluesky Moderation Service. <span>Learn more.</span></div></div></div>`;
}

/**
 * A quoted post hidden by a `!hide` label, after QuoteEmbed in social-app
 * src/components/Post/Embed/index.tsx (commit 9e3858969eb4448c96cccec96af536864ae893b6): View
 * (mt_sm) > ContentHider (modui contentList) > Link to the quoted post > meta, text, embed. The
 * quote hidden, ContentHider shows its buttons and renders no Link; `withLink` adds the Link
 * anyway, in case a later version renders it beside the hider.
 */
function bskyHiddenQuote(name: string, withLink = false): string {
  const link = withLink
    ? '<a role="link" href="/profile/hidden.example.com/post/3lkq2hidden01" title="Post by hidden.example.com"><div>Hidden</div></a>'
    : '';
  return `<div>${bskyHider(name).replace(/<\/div>$/, `${link}</div>`)}</div>`;
}

describe('removal watch: Bluesky, a shown post quoting a hidden one stays online', () => {
  // An abuser can quote any hidden post on purpose: the quote's hider shows the same "Content
  // Blocked" button inside their own thread item. Only the anchor's OWN ContentHider is a
  // child of the item's pb_sm View; a quote's or a media embed's sits inside the anchor's
  // shown content (ContentHider > Embed View > QuoteEmbed View > ContentHider), deeper.
  const url = new URL('https://bsky.app/profile/mallory.example.com/post/3lkq2quote001');
  const names = ['Content Blocked', 'Contenu bloqué', 'Contenido bloqueado'];
  const page = (items: string) =>
    html(`<main><div data-testid="postThreadScreen">${items}</div></main>`);
  // ContentHider with nothing to hide: a plain View around the content.
  const shown = (content: string) => `<div>${content}</div>`;

  it.each(names)("the anchor's own hider (%s), built the same way, reads withheld", (name) => {
    const doc = page(bskyAnchor(bskyHider(name)));
    expect(readPage(doc, WATCH_RULES.bluesky, url)).toEqual({ state: 'withheld', from: 'sure' });
  });

  it.each(names)('a shown anchor with text quoting a hidden post (%s) reads online', (name) => {
    for (const withLink of [false, true]) {
      // ThreadItemAnchor: ContentHider View > RichText, then View (py_xs) > Embed.
      const doc = page(
        bskyAnchor(
          shown(
            `<div dir="auto" data-testid="postText">look at this</div><div>${bskyHiddenQuote(name, withLink)}</div>`,
          ),
        ),
      );
      expect(readPage(doc, WATCH_RULES.bluesky, url)).toEqual({ state: 'online', from: 'sure' });
    }
  });

  it.each(names)('a text-less anchor quoting a hidden post (%s) reads online', (name) => {
    // No postText at all: the quote is the whole post.
    const doc = page(bskyAnchor(shown(`<div>${bskyHiddenQuote(name)}</div>`)));
    expect(doc.querySelector('[data-testid="postText"]')).toBeNull();
    expect(readPage(doc, WATCH_RULES.bluesky, url)).toEqual({ state: 'online', from: 'sure' });
  });

  it('an anchor with hidden images and a hidden quote (record with media) reads online', () => {
    // Embed, post_with_media: View > MediaEmbed (ContentHider, modui contentMedia) and the
    // quote's RecordEmbed.
    const doc = page(
      bskyAnchor(
        shown(
          `<div><div>${bskyHider('Content Blocked')}${bskyHiddenQuote('Content Blocked')}</div></div>`,
        ),
      ),
    );
    expect(readPage(doc, WATCH_RULES.bluesky, url)).toEqual({ state: 'online', from: 'sure' });
  });

  it('a shown reply below an online anchor, quoting a hidden post: the anchor reads online', () => {
    // ThreadItemPost.tsx: PostHider (when shown, a Link carrying the testID; a div here, as an
    // <a> can't hold the author links in parsed HTML) > the parent reply line, and a row: avatar
    // column, and a column with PostMeta, the text, View (pb_xs) > Embed, the controls.
    const doc = load('bluesky/post.html');
    const reply = doc.querySelector('[data-testid="postThreadItem-by-carol.example.com"]');
    if (!reply) throw new Error('fixture: no reply');
    reply.outerHTML = `<div><div data-testid="postThreadItem-by-mallory.example.com"><div><div></div></div><div><div><a role="link" href="/profile/mallory.example.com"></a></div><div><div><a role="link" href="/profile/mallory.example.com">Mallory</a></div><div><div dir="auto" data-testid="postText">same</div></div><div>${bskyHiddenQuote('Content Blocked')}</div><div><button data-testid="replyBtn" aria-label="Reply (0 replies)"></button></div></div></div></div></div>`;
    const item = doc.querySelector('[data-testid="postThreadItem-by-mallory.example.com"]');
    expect(item?.querySelector('[aria-label="Content Blocked"]')).not.toBeNull();
    expect(readPage(doc, WATCH_RULES.bluesky, new URL(ONLINE.bluesky[1]))).toEqual({
      state: 'online',
      from: 'sure',
    });
  });
});

describe('removal watch: hostile pages never read as gone', () => {
  it.each(goneFixtures)(
    '%s %s: quoted inside the item on its own page, still online',
    (id, file) => {
      const [online, url] = ONLINE[id];
      const doc = load(online);
      const item = doc.querySelector(WATCH_RULES[id].present(new URL(url)));
      expect(item).not.toBeNull();
      const quote = doc.createElement('p');
      quote.textContent = wording(id, file);
      // Inside the item itself where it can hold text (a <video> can't): its parent otherwise.
      (item?.tagName === 'VIDEO' ? item.parentElement : item)?.append(quote);
      expect(readPageState(doc, WATCH_RULES[id], new URL(url))).toBe('online');
    },
  );

  it.each(goneFixtures)(
    '%s %s: in an account’s bio, the item absent, it never reaches the account’s posts',
    (id, file) => {
      // A profile page with no post on it (a Reddit profile without shreddit-post, a Twitch
      // channel offline, a Facebook profile without articles) whose bio quotes the wording.
      const host = PLATFORM_HOSTS[id][0];
      const profile = `https://${host}/abuser_91`;
      const bio = wording(id, file).replace(/[<>&"]/g, '');
      const doc = html(
        `<main><header><h1>abuser_91</h1></header><section aria-label="About"><p>${bio}</p></section></main>`,
      );
      const reading = readPage(doc, WATCH_RULES[id], new URL(profile));
      // At most page wording: a bio is never the platform's own error container.
      expect(reading === null || reading.from === 'page' || reading.state === 'online').toBe(true);
      const cases = [
        {
          id: 'c1',
          evidence: [
            {
              id: 'post',
              url: `https://${host}/abuser_91/status/1`,
              author: { profileUrl: profile },
            },
            { id: 'account', url: profile },
          ],
        },
      ] as never;
      const targets = reading ? matchObservation(cases, profile, reading.state, reading.from) : [];
      // The account's own address at most; never the posts it made.
      expect(targets.filter((t) => t.evidenceId === 'post')).toEqual([]);
      expect(targets.every((t) => t.evidenceId === 'account' && t.through === 'own')).toBe(true);
    },
  );

  const HIDERS: [string, (text: string) => string][] = [
    ['hidden attribute', (t) => `<div hidden><p>${t}</p></div>`],
    ['inline display:none', (t) => `<div style="color:red; display: none"><p>${t}</p></div>`],
    ['inline visibility:hidden', (t) => `<div style="visibility:hidden">${t}</div>`],
    ['script (a UI catalog)', (t) => `<script type="application/json">{"m":"${t}"}</script>`],
    ['style', (t) => `<style>/* ${t} */</style>`],
    ['template', (t) => `<template><p>${t}</p></template>`],
    ['noscript', (t) => `<noscript>${t}</noscript>`],
  ];

  it.each(goneFixtures)('%s %s: the wording in a hidden element reads as nothing', (id, file) => {
    const text = wording(id, file).replace(/[<>&"]/g, '');
    for (const [how, hide] of HIDERS) {
      const doc = html(`<main>${hide(text)}</main>`);
      expect(readPageState(doc, WATCH_RULES[id], new URL(ONLINE[id][1])), how).toBeNull();
    }
  });

  it.each(goneFixtures)('%s %s: the page inside a hidden wrapper reads as nothing', (id, file) => {
    const doc = load(`${id}/${file}`);
    const wrapper = doc.createElement('div');
    wrapper.hidden = true;
    wrapper.append(...doc.body.childNodes);
    doc.body.append(wrapper);
    // The item's own markup may still be there (X's suspended profile keeps its header): then
    // 'online' at most, never a gone state.
    expect([null, 'online']).toContain(readPageState(doc, WATCH_RULES[id], new URL(ONLINE[id][1])));
  });

  it.each(goneFixtures)(
    '%s %s: a page whose scripts carry every other state’s wording still reads as its own',
    (id, file, state) => {
      const doc = load(`${id}/${file}`);
      const script = doc.createElement('script');
      script.textContent = JSON.stringify(
        goneFixtures.filter(([p, f]) => p === id && f !== file).map(([, f]) => wording(id, f)),
      );
      doc.body.prepend(script);
      expect(readPageState(doc, WATCH_RULES[id], new URL(ONLINE[id][1]))).toBe(state);
    },
  );

  // Zero-width, soft hyphen, bidi controls and isolates: rendered (almost) invisibly, so a
  // post can show the phrase to a reader while its text is not the platform's wording.
  const INVISIBLE = [
    '\u200B',
    '\u200C',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\u00AD',
    '\u202E',
    '\u2066',
    '\u061C',
  ];

  it.each(goneFixtures)(
    '%s %s: the wording with invisible or bidi characters inside reads as no gone state',
    (id, file) => {
      for (const mark of INVISIBLE) {
        const doc = load(`${id}/${file}`);
        for (const node of textNodes(doc)) node.data = [...node.data].join(mark);
        const read = readPageState(doc, WATCH_RULES[id], new URL(ONLINE[id][1]));
        expect([null, 'online'], `U+${mark.codePointAt(0)?.toString(16)}`).toContain(read);
      }
    },
  );
});

describe('removal watch: visible text', () => {
  it('reads the visible wording around hidden subtrees, scripts and templates', () => {
    const doc = html(
      '<main><div hidden><p>This content is not available in your country.</p></div>' +
        '<script>var m = "This account has been suspended"</script><template>Account suspended</template>' +
        '<section><div><span>Sorry, this post was </span><b>removed by Reddit’s filters.</b></div></section></main>',
    );
    const url = new URL(ONLINE.reddit[1]);
    expect(readPageState(doc, WATCH_RULES.reddit, url)).toBe('removed');
  });

  it('an element matched inside a hidden ancestor has no visible text', () => {
    const doc = html(
      '<div style="display:none"><div data-testid="emptyState">Account suspended</div></div>',
    );
    expect(readPageState(doc, WATCH_RULES.x, new URL(ONLINE.x[1]))).toBeNull();
  });
});

describe('removal watch: white space in the platform’s wording', () => {
  it('no-break spaces and line breaks between the words still match', () => {
    const doc = html('<main><p>Sorry,\u00a0this\u202fpage\n   isn’t\u00a0available.</p></main>');
    const url = new URL(ONLINE.instagram[1]);
    expect(readPageState(doc, WATCH_RULES.instagram, url)).toBe('removed');
  });
});

describe('removal watch: a read of a page is bounded', () => {
  it('a page piling up empty elements before the wording stops the walk (nothing read)', () => {
    const url = new URL('https://www.instagram.com/p/AbC123/');
    const wording = "<h2>Sorry, this page isn't available.</h2>";
    // The same wording after more nodes than one read may visit: the read gives up. (A budget
    // of 1,000 here; NODE_MAX in use, far above a real page and far below what a page could pile up.)
    expect(NODE_MAX).toBeLessThanOrEqual(200_000);
    const padded = html(`<main>${'<i></i>'.repeat(1000)}${wording}</main>`);
    expect(readPage(padded, WATCH_RULES.instagram, url, 1000)).toBeNull();
    // Within the budget: read as usual.
    const plain = html(`<main>${'<i></i>'.repeat(100)}${wording}</main>`);
    expect(readPage(plain, WATCH_RULES.instagram, url, 1000)).toEqual({
      state: 'removed',
      from: 'page',
    });
    expect(readPage(padded, WATCH_RULES.instagram, url)).toEqual({
      state: 'removed',
      from: 'page',
    });
  });

  it('at most ELEMENTS_MAX elements per selector are read', () => {
    const url = new URL('https://x.com/a/status/1');
    const decoys = '<div data-testid="emptyState"></div>'.repeat(ELEMENTS_MAX);
    const doc = html(`<main>${decoys}<div data-testid="emptyState">Account suspended</div></main>`);
    expect(readPage(doc, WATCH_RULES.x, url)).toBeNull();
  });
});
