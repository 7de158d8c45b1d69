import type { PlatformId } from './hosts';

/**
 * How each platform's pages say an item is there or gone, for the removal watch. Data only, so
 * the watch's content script carries every platform's rules in a few kilobytes.
 *
 * A rule is [state, selector, text]: the state holds when an element matching `selector` has
 * text matching `text`. Rules on the platform's own error containers run first; then `present`
 * (the item is on the page: 'online'); rules on `body` run last, only when the item is absent,
 * so a post that merely quotes "this page doesn't exist" never reads as gone. The wording is
 * the platforms' English, plus the French and Spanish wording we could verify (each with its
 * source below; tests/fixtures/platforms/<id>/gone-<state>.<lang>.html). A platform's pages in
 * any other wording read as "can't tell" (nothing is sent). Unverified translations are left
 * out on purpose: a guessed phrase that never matches is worse than none, since it looks covered.
 */
export type GoneState = 'removed' | 'withheld' | 'account-suspended';
export type GoneRule = readonly [state: GoneState, selector: string, text: RegExp];
export type WatchRules = {
  /**
   * The adapter's post selectors, ordered (the same as its `posts`; a unit test keeps them
   * equal): the watch script counts posts for Settings › Diagnostics without the adapter code.
   */
  posts: readonly string[];
  gone: readonly GoneRule[];
  /** A selector for the item itself on its own page, given the page address. */
  present(url: URL): string;
};

const YT_ERROR =
  'ytd-player-error-message-renderer, yt-playability-error-supported-renderers, #reason';

export const WATCH_RULES: Record<PlatformId, WatchRules> = {
  x: {
    posts: ['article[data-testid="tweet"]', 'article[role="article"]'],
    gone: [
      ['account-suspended', '[data-testid="emptyState"]', /account suspended/i],
      ['withheld', '[data-testid="emptyState"]', /withheld/i],
      ['withheld', 'body', /has been withheld in /i],
      [
        'removed',
        '[data-testid="error-detail"], [data-testid="emptyState"]',
        /doesn.t exist|was deleted|is unavailable/i,
      ],
      // Spanish, as public link checkers match X's pages ("Esta página no existe. Intenta hacer
      // otra búsqueda.", "Esta cuenta no existe"). French: none verified.
      [
        'removed',
        '[data-testid="error-detail"], [data-testid="emptyState"]',
        /esta página no existe|esta cuenta no existe/i,
      ],
    ],
    present: () => 'article[data-testid="tweet"], [data-testid="UserName"]',
  },
  instagram: {
    posts: ['article', 'div[role="dialog"] div[role="presentation"]'],
    gone: [
      [
        'withheld',
        'body',
        /not available in your (country|region)|restricted in your (country|region)/i,
      ],
      ['removed', 'body', /this page isn.t available|the link you followed may be broken/i],
      // French and Spanish as public projects reproduce Instagram's not-found page (not checked
      // against the live site): "Désolé, cette page n’est pas disponible", "Lo sentimos, esta
      // página no está disponible".
      ['removed', 'body', /cette page n.est pas disponible|esta página no está disponible/i],
    ],
    present: () => 'article, main header section',
  },
  facebook: {
    posts: ['div[aria-posinset], div[role="dialog"] div[role="article"]', 'div[role="article"]'],
    gone: [
      ['withheld', 'body', /not available in your (country|region)/i],
      ['removed', 'body', /this content isn.t available|this page isn.t available/i],
    ],
    present: () => '[role="article"], div[role="main"] div[aria-posinset]',
  },
  threads: {
    posts: ['[data-pressable-container]'],
    gone: [
      ['removed', 'body', /this page isn.t available|post unavailable|this post is unavailable/i],
    ],
    present: () => '[data-pressable-container]',
  },
  reddit: {
    posts: ['shreddit-post', 'div[data-testid="post-container"]', '.thing.link[data-author]'],
    gone: [
      ['account-suspended', 'body', /this account has been (suspended|banned)/i],
      ['withheld', 'body', /not available in your (country|location|region)/i],
      [
        'removed',
        'body',
        /post (was|has been) (removed|deleted)|removed by (reddit|the moderators)/i,
      ],
    ],
    present: () =>
      'shreddit-post:not([removed]):not([deleted]), .thing.link[data-author]:not(.deleted)',
  },
  tiktok: {
    posts: [
      '[data-e2e="recommend-list-item-container"], [data-e2e="user-post-item"], [data-e2e="search_top-item"], [data-e2e="explore-item"], [data-e2e="browse-video"], [data-e2e="detail-video"]',
      '[data-e2e="feed-video"]',
    ],
    gone: [
      ['account-suspended', 'body', /this account was banned|account (is )?banned/i],
      ['withheld', 'body', /not available in your (country|region)/i],
      [
        'removed',
        'body',
        /video currently unavailable|this video is unavailable|couldn.t find this (video|account)/i,
      ],
    ],
    present: () => '[data-e2e="browse-video"], [data-e2e="detail-video"], [data-e2e="user-title"]',
  },
  youtube: {
    posts: [
      'ytd-watch-flexy[video-id]:not([hidden]), ytd-reel-video-renderer[is-active], ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer, ytd-reel-item-renderer, ytd-backstage-post-thread-renderer',
      'yt-lockup-view-model, ytm-shorts-lockup-view-model',
    ],
    gone: [
      [
        'account-suspended',
        YT_ERROR,
        /account .*has been terminated|channel .*has been terminated/i,
      ],
      ['withheld', YT_ERROR, /not (made this video )?available in your country/i],
      // Spanish (Spain), quoted from YouTube by
      // https://elgrupoinformatico.com/youtube/contenido-no-esta-disponible-region
      ['withheld', YT_ERROR, /lo ha bloqueado en tu país/i],
      [
        'removed',
        YT_ERROR,
        /has been removed|video unavailable|isn.t available anymore|this video is private/i,
      ],
      // French "Vidéo non disponible" (measured on a deleted video by a public project);
      // Spanish "Video no disponible", "Este video es privado" (a public link checker's YouTube
      // patterns).
      ['removed', YT_ERROR, /vidéo non disponible|video no disponible|este video es privado/i],
    ],
    present: () => 'ytd-watch-flexy[video-id] video, ytd-reel-video-renderer[is-active] video',
  },
  bluesky: {
    posts: ['[data-testid^="feedItem-by-"]', '[data-testid^="postThreadItem-by-"]'],
    gone: [
      ['account-suspended', 'body', /account (has been )?(suspended|taken down)/i],
      ['removed', 'body', /post not found|deleted post|could not find this post/i],
      // French "Post introuvable" (bluesky-social/social-app src/locale/locales/fr/messages.po).
      // Spanish: the catalog we could read had no translation for it yet.
      ['removed', 'body', /post introuvable/i],
    ],
    present: () => '[data-testid^="postThreadItem-by-"], [data-testid="profileView"]',
  },
  tumblr: {
    posts: ['[tabindex="-1"][data-id]', 'article'],
    gone: [
      ['account-suspended', 'body', /this tumblr (has been|was) (terminated|suspended)/i],
      [
        'removed',
        'body',
        /there.s nothing here|this post is gone|this post is no longer available/i,
      ],
    ],
    present: () => '[data-id] article',
  },
  pinterest: {
    posts: [
      '[data-test-id="closeup-body"], [data-test-id="pin"]',
      '[role="listitem"][data-grid-item="true"]',
    ],
    gone: [
      ['account-suspended', 'body', /account (has been|is) suspended/i],
      [
        'removed',
        'body',
        /couldn.t find that (page|pin)|this pin (was|has been) (deleted|removed)/i,
      ],
    ],
    present: () => '[data-test-id="closeup-body"], [data-test-id="profile-name"]',
  },
  discord: {
    posts: ['li[id^="chat-messages-"]', '[data-list-item-id^="chat-messages___"]'],
    gone: [
      [
        'removed',
        'body',
        /you don.t have access to this link|this message (could not be loaded|was deleted)/i,
      ],
    ],
    // A message link names the message: the item is there only if that very row is.
    present: (url) => {
      const m = /^\/channels\/[^/]+\/(\d{5,25})\/(\d{5,25})/.exec(url.pathname);
      return m ? `li[id="chat-messages-${m[1]}-${m[2]}"]` : 'li[id^="chat-messages-"]';
    },
  },
  telegram: {
    posts: ['[data-mid][data-peer-id]', '[data-message-id]'],
    gone: [
      ['withheld', 'body', /violated local laws|not available in your (country|region)/i],
      ['removed', 'body', /can.t be displayed because/i],
    ],
    present: () => '[data-mid][data-peer-id], [data-message-id]',
  },
  twitch: {
    posts: ['[data-a-target="video-player"], article'],
    gone: [
      ['account-suspended', 'body', /channel is (currently )?unavailable due to a violation/i],
      ['removed', 'body', /that content is unavailable|clip not found|this video is unavailable/i],
    ],
    present: () => '[data-a-target="video-player"] video',
  },
};
