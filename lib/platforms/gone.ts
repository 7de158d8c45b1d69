import type { PlatformId } from './hosts';

/**
 * How each platform's pages say an item is there or gone, for the removal watch. Data only, so
 * the watch's content script carries every platform's rules in a few kilobytes.
 *
 * A rule is [state, selector, text]: the state holds when an element matching `selector` has
 * visible text matching `text` (lib/feed/page-state.ts: text in scripts, styles, templates and
 * hidden subtrees never counts). Rules on the platform's own error containers run first; then
 * `present` (the item is on the page: 'online'); rules on `body` run last, only when the item is
 * absent, so a post that merely quotes "this page doesn't exist" never reads as gone. The
 * wording is the platforms' English, plus the French and Spanish wording we could verify (each
 * with its source; tests/fixtures/platforms/<id>/gone-<state>[.<lang or variant>].html). A
 * platform's pages in any other wording read as "can't tell" (nothing is sent). Unverified
 * wording is left out on purpose: a guessed phrase that never matches is worse than none, since
 * it looks covered. A phrase broken by invisible or bidi characters is not the platform's
 * wording and matches nothing.
 *
 * What each platform shows, per state. (a) a rule and a fixture, wording from the source named;
 * (b) no page of its own: the platform has no such state, or shows another state's page for it
 * (a unit test reads that page as the state it maps to); (c) not verifiable from a public
 * source: no rule (the watch says nothing rather than guess).
 * "Code search" = public projects (link checkers, scrapers, tests) that match the live page's
 * wording, found with the code search tool; no single address to give.
 *
 * | platform  | removed                                   | withheld                      | account suspended                       |
 * |-----------|-------------------------------------------|-------------------------------|-----------------------------------------|
 * | x         | (a) "Hmm...this page doesn't exist." in `error-detail`; es "Esta página no existe", "Esta cuenta no existe" (code search) | (a) "This Tweet from @username has been withheld in [country] in response to a legal demand." (X's wording as quoted by https://www.xanjero.com/news/new-twitter-country-withheld-content-disclosure-policy-goes-into-effect/ ; https://web.archive.org/web/20180918023058/https://help.twitter.com/en/rules-and-policies/tweet-withheld-by-country) | (a) "Account suspended" / "X suspends accounts which violate the X Rules." in `emptyState`; fr "Compte suspendu" (code search: notes recording x.com pages) |
 * | instagram | (a) "Sorry, this page isn't available." (code search); fr, es (below) | (a) a profile: "Account not available in India. This is because we complied with a legal request to restrict this content." (country varies; news outlets quote the screen: https://scroll.in/latest/1082144/india-blocks-instagram-account-of-news-page-muslim ; https://www.newslaundry.com/2026/02/10/instagram-facebook-x-block-the-wire-parody-animation-on-pm-modi), keyed on the legal-request sentence; markup not documented; before `removed`. No fr/es found | (b) the same "Sorry, this page isn't available." page: https://bratwebdesign.com/sorry-this-page-isnt-available-instagram -> removed |
 * | facebook  | (a) "This content isn't available right now" (code search; https://msnewsgroup.com/technology/facebook-shows-message-when-content-restricted-or-deleted); fr "Ce contenu n’est pas disponible pour le moment" (code search) | (a) "This content isn't available in your country", "This post isn't available in your country" (code search: a public comment crawler checking Facebook posts from Vietnam); a group: "Access to this group has been restricted within Thailand pursuant to a legal request …" (https://www.theguardian.com/world/2020/aug/24/facebook-blocks-access-group-criticising-thailand-monarchy ; https://www.independent.co.uk/tech/facebook-group-block-thailand-king-monarchy-royalist-marketplace-a9688041.html); runs before `removed`, whose wording it also holds | (b) the same notice covers deactivated accounts (msnewsgroup, above) -> removed |
 * | threads   | (a) "Sorry, this page isn't available" (code search: a username checker's threads.net pattern) | (c) Meta's transparency reports confirm Threads restrictions by country; no visitor wording found | (c) only the owner's own view is documented; a logged-out visitor of any Threads profile gets a "Threads • Log in" page (https://github.com/sherlock-project/sherlock/pull/2589), which reads as nothing |
 * | reddit    | (a) "Sorry, this post was deleted by the person who originally posted it.", "...has been removed by the moderators of r/...", "...was removed by Reddit's filters"; profiles: "This user has deleted their account.", "Sorry, nobody on Reddit goes by that name." (Reddit's own web-client strings, its removal banners and content gate, as public repositories archive them; code search); fr "Désolé, cette publication a été supprimée par son auteur." (a saved French Reddit page; code search) | (a) "This content is not available in your country." (http://motherboard.vice.com/read/reddit-is-restricting-content-based-on-countries-requests); "This content has been restricted in your country in response to a legal request." (content gate, code search) | (a) "This account has been suspended ." (content gate, code search; https://reddit.zendesk.com/hc/en-us/articles/205687686-Suspensions: permanent suspensions show on the user page) |
 * | tiktok    | (a) "Video currently unavailable"; "Couldn't find this account" (code search); fr "Vidéo actuellement indisponible", "Impossible de trouver ce compte" (code search) | (a) an account: "This account isn't available in your country or region." (TikTok's own string, in the i18n dictionary every tiktok.com page carries, as a public network-measurement project found it; code search); markup not documented. No fr/es | (b) a banned account shows the same "Couldn't find this account" page (https://old.artsprofessional.co.uk/when-it-says-account-not-found-on-tiktok) -> removed |
 * | youtube   | (a) player error "Video unavailable" / "This video has been removed..." (yt-dlp passes the player's reason through: https://github.com/yt-dlp/yt-dlp); fr "Vidéo non disponible", "Cette vidéo a été supprimée, car…", "Vidéo privée" (a research project's list of YouTube's French messages; code search); es "Video no disponible" (code search) | (a) "The uploader has not made this video available in your country" (yt-dlp, above); "This video contains content from …, who has blocked it in your country on copyright grounds." (https://github.com/yafp/media-dupes/issues/68; code search); es (Spain) "...lo ha bloqueado en tu país." (https://elgrupoinformatico.com/youtube/contenido-no-esta-disponible-region) | (a) "...the YouTube account associated with this video has been terminated." (yt-dlp, above); fr "...car le compte YouTube associé a été clôturé." (the research project above) |
 * | bluesky   | (a) "Post not found"; fr "Post introuvable" (https://github.com/bluesky-social/social-app src/locale/locales/fr/messages.po); a deactivated or missing account: "Account deactivated", "We couldn't find an account at …" on the profile error screen (social-app src/screens/Profile/components/ProfileStatusError.tsx) | (a) a post hidden by a `!hide` label: the thread's anchor item keeps its `postThreadItem-by-…` container, its content behind ContentHider, a button whose whole text is the label name "Content Blocked", at the depth of the anchor's own hider (item > View > ContentHider View > button): a quoted or embedded post's hider sits deeper, inside the anchor's shown content (src/components/Post/Embed/index.tsx QuoteEmbed), so a shown post quoting a hidden one stays online; fr "Contenu bloqué", es "Contenido bloqueado" (social-app src/screens/PostThread/components/ThreadItemAnchor.tsx, src/components/moderation/ContentHider.tsx, src/lib/moderation/useGlobalLabelStrings.ts, src/locale/locales/{fr,es}/messages.po). Per-country labelers (moderation-tr/-de/-br/… .bsky.app) are applied to every bsky.app visitor by IP; Bluesky's own moderation shows the same "Content Blocked" (only the "Labeled by {labeler}. Learn more." line under it names the labeler, and the country labelers' names are not documented): read as WITHHELD on purpose, the state that keeps the case open (a global hide read as withheld errs on the safe side; a regional one read as removed would close the platform step). A hidden PROFILE: ScreenHider ("Content Warning", "This profile has been flagged: Content Blocked.", "Learn More", "Go back"; src/components/moderation/ScreenHider.tsx) has no testID of its own, so the rule reads the profile screen (testID profileScreen, src/view/screens/Profile.tsx) and needs its WHOLE text to be the hider's; en only. "Content Blocked" is never read from the page body | (a) "Account suspended" / "Account is suspended." on that same screen (ProfileStatusError.tsx, above) |
 * | tumblr    | (a) "There's nothing here." (https://github.com/xqu3ry/usersbucket existence_check/platforms/tumblr.py) | (c) the state exists (https://transparency.automattic.com/tumblr/government-takedown-demands/); no visitor wording found | (b) a terminated account's blogs are scrubbed from public view (https://gamingboards.net/thread/3838/tumblr-account-terminated), so their addresses show the not-found page -> removed; the owner alone sees a termination notice (https://jonbeckett.blog/2023/05/20/the-one-where-tumblr-deactivated-my-account/) |
 * | pinterest | (a) "Sorry! We couldn't find that page" (code search: username checkers' pinterest.com pattern) | (c) the state exists (https://help.pinterest.com/en/article/transparency-report); no visitor wording found | (b) nothing visible: a suspended account's Pins stay public (https://daretoconquer.com/questions/pinterest-ban; only the owner sees an error at login: https://help.pinterest.com/en/article/account-suspension), so its Pins read online |
 * | discord   | (a) "You don't have access to this link" on a message link (code search: a write-up quoting the client); also shown when the user lost access to the channel | (b) no geo-withholding on Discord is described anywhere | (b) no public profile pages; Beacon's Discord evidence is messages |
 * | telegram  | (a) "This channel can't be displayed because it was used to spread pornographic content." (code search) | (a) "This channel cannot be displayed because it violated local laws." (https://www.juristique.org/en/opinion/telegram-censorship) | (c) t.me shows its generic contact page for any username with no public card; no suspended-account page is documented |
 * | twitch    | (a) "Sorry. Unless you've got a time machine, that content is unavailable." (code search; https://www.sportskeeda.com/esports/news-twitch-streamer-calls-platform-indefinitely-banned-harassment-via-username-fans-react) | (a) clips and videos: "This premium content is not available in your region." (the player's DRM_GEOBLOCKED error, code search: a copy of the embed player; https://www.dexerto.com/entertainment/twitch-is-ruined-for-users-in-germany-because-of-very-specific-law-1625896/); page wording, shown in the player with no <video> | (a) "This channel is currently unavailable due to a violation of Twitch's Community Guidelines or Terms of Service." (code search); a banned channel may instead show the time-machine page (sportskeeda, above): (b) -> removed |
 *
 * No French or Spanish wording could be verified for Threads, Tumblr, Pinterest, Discord,
 * Telegram or Twitch, nor Spanish for Facebook, Reddit or TikTok, nor any suspended state in
 * Spanish (nor in French beyond X's and YouTube's): those pages read as "can't tell".
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

const BSKY_PROFILE_ERROR = '[data-testid="profileStatusErrorScreen"]';
/**
 * The thread anchor's OWN ContentHider button: item > View (pb_sm) > ContentHider View > Button
 * (social-app ThreadItemAnchor.tsx, ContentHider.tsx). A quoted post's or a media embed's hider
 * sits inside the anchor's shown content, deeper (Embed in src/components/Post/Embed/index.tsx).
 */
const BSKY_HIDDEN_ANCHOR = '[data-testid^="postThreadItem-by-"] > * > * > [role="button"]';
const YT_ERROR =
  'ytd-player-error-message-renderer, yt-playability-error-supported-renderers, #reason';

export const WATCH_RULES: Record<PlatformId, WatchRules> = {
  x: {
    posts: ['article[data-testid="tweet"]', 'article[role="article"]'],
    gone: [
      // French "Compte suspendu" (notes of a public project recording x.com's page; code search).
      ['account-suspended', '[data-testid="emptyState"]', /account suspended|compte suspendu/i],
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
    // A suspended account shows the not-found page (gone.ts table).
    gone: [
      // A profile withheld in one country: "Account not available in India. This is because we
      // complied with a legal request to restrict this content." (the country varies; news
      // outlets quote the screen: https://scroll.in/latest/1082144/india-blocks-instagram-account-of-news-page-muslim).
      // Keyed on the legal-request sentence, not on "not available in …". Before `removed`.
      ['withheld', 'body', /complied with a legal request to restrict this content/i],
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
    // A deactivated or disabled account shows the removed notice. French as a public scraper
    // matches it ("Ce contenu n’est pas disponible pour le moment").
    gone: [
      // Withheld, before `removed`, whose "this content isn't available" would read it as gone
      // for good: "This content isn't available in your country" / "This post isn't available
      // in your country" (a public comment crawler checking Facebook posts from Vietnam; code
      // search); a group: "Access to this group has been restricted within Thailand pursuant to
      // a legal request …" (https://www.theguardian.com/world/2020/aug/24/facebook-blocks-access-group-criticising-thailand-monarchy).
      [
        'withheld',
        'body',
        /this (content|post) isn.t available in your country|access to this group has been restricted within ?/i,
      ],
      [
        'removed',
        'body',
        /this content isn.t available|this page isn.t available|ce contenu n.est pas disponible/i,
      ],
    ],
    present: () => '[role="article"], div[role="main"] div[aria-posinset]',
  },
  threads: {
    posts: ['[data-pressable-container]'],
    gone: [['removed', 'body', /this page isn.t available/i]],
    present: () => '[data-pressable-container]',
  },
  reddit: {
    posts: ['shreddit-post', 'div[data-testid="post-container"]', '.thing.link[data-author]'],
    gone: [
      // Reddit's own content-gate and removal strings (see the table above); French "Désolé,
      // cette publication a été supprimée par son auteur." (a saved French Reddit page). Page
      // wording: on a profile it may be the bio, so it marks that address only, never the
      // account's posts (lib/watch/match.ts).
      ['account-suspended', 'body', /this account has been suspended/i],
      [
        'withheld',
        'body',
        /content is not available in your country|content has been restricted in your country/i,
      ],
      [
        'removed',
        'body',
        /this post (was|has been) (removed|deleted) by |this user has deleted their account|nobody on reddit goes by that name|cette publication a été supprimée par/i,
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
      // An account withheld in the visitor's country: "This account isn't available in your
      // country or region." (TikTok's own string, in the i18n dictionary every tiktok.com page
      // carries, as a public network-measurement project found it; code search).
      ['withheld', 'body', /this account isn.t available in your country or region/i],
      // A banned account shows the same "Couldn't find this account" page as a deleted one.
      // French "Vidéo actuellement indisponible" (a public project's notes on TikTok's
      // player), "Impossible de trouver ce compte" (a public checker's TikTok not-found markers).
      [
        'removed',
        'body',
        /video currently unavailable|couldn.t find this account|vidéo actuellement indisponible|impossible de trouver ce compte/i,
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
      // French, as a research project lists YouTube's messages on the videos it followed: "Cette
      // vidéo n'est plus disponible, car le compte YouTube associé a été clôturé.", "Le compte
      // YouTube associé à cette vidéo a été clôturé, car…" (code search).
      ['account-suspended', YT_ERROR, /compte youtube associé (à cette vidéo )?a été clôturé/i],
      // "…who has blocked it in your country on copyright grounds" (a public bot's YouTube error
      // patterns; https://github.com/yafp/media-dupes/issues/68 quotes the sentence's start).
      [
        'withheld',
        YT_ERROR,
        /not (made this video )?available in your country|blocked it in your country/i,
      ],
      // Spanish (Spain), quoted from YouTube by
      // https://elgrupoinformatico.com/youtube/contenido-no-esta-disponible-region
      ['withheld', YT_ERROR, /lo ha bloqueado en tu país/i],
      [
        'removed',
        YT_ERROR,
        /has been removed|video unavailable|isn.t available anymore|this video is private/i,
      ],
      // French "Vidéo non disponible" (measured on a deleted video by a public project), "Cette
      // vidéo a été supprimée, car elle ne respectait pas le règlement de la communauté
      // YouTube", "Vidéo privée" (the research project's list above); Spanish "Video no
      // disponible", "Este video es privado" (a public link checker's YouTube patterns).
      [
        'removed',
        YT_ERROR,
        /vidéo non disponible|cette vidéo a été supprimée|vidéo privée|video no disponible|este video es privado/i,
      ],
    ],
    present: () => 'ytd-watch-flexy[video-id] video, ytd-reel-video-renderer[is-active] video',
  },
  bluesky: {
    posts: ['[data-testid^="feedItem-by-"]', '[data-testid^="postThreadItem-by-"]'],
    gone: [
      // The profile error screen (social-app src/screens/Profile/components/
      // ProfileStatusError.tsx, testID profileStatusErrorScreen): "Account suspended" /
      // "Account is suspended.", "Account deactivated", "We couldn't find an account at …".
      ['account-suspended', BSKY_PROFILE_ERROR, /account suspended|account is suspended/i],
      // A post hidden by a `!hide` label: the thread's anchor item keeps its
      // postThreadItem-by-… container, its content behind the app's ContentHider, a button
      // (role="button", aria-label = the label's name) whose whole text is "Content Blocked"
      // (no "Show": the label allows no override). Sources, bluesky-social/social-app:
      // src/screens/PostThread/components/ThreadItemAnchor.tsx (the ContentHider has no testID
      // of its own), src/components/moderation/ContentHider.tsx, src/components/Button.tsx,
      // src/lib/moderation/useGlobalLabelStrings.ts; fr "Contenu bloqué", es "Contenido
      // bloqueado" (src/locale/locales/{fr,es}/messages.po). A hidden reply has no such
      // container (PostHider drops its testID). Anchored: a post's own text is never a
      // button's whole text. Only a button at the hider's own depth counts: a shown post
      // (anchor or reply) that QUOTES a hidden post shows the same button, but inside its
      // content (QuoteEmbed wraps every quote in ContentHider, src/components/Post/Embed/
      // index.tsx), two Views or more below, so quoting a hidden post on purpose never marks
      // the quoting post withheld. Read as WITHHELD: a country's labeler (forced on visitors by
      // IP) and Bluesky's own moderation show the same words; withheld keeps the case open,
      // where removed would close the platform step on a regional block. (A labeler the viewer
      // subscribes to can apply `!hide` too: https://github.com/bluesky-social/atproto/issues/2367.)
      // Newer versions name a label on the whole account "{0} (Account)" (ContentHider.tsx; the
      // Spanish catalog leaves the suffix untranslated), so that suffix may follow.
      [
        'withheld',
        BSKY_HIDDEN_ANCHOR,
        /^ ?(content blocked|contenu bloqué|contenido bloqueado)( \(account\))? ?$/i,
      ],
      // A profile hidden the same way: the profile screen (testID profileScreen, src/view/
      // screens/Profile.tsx) then holds only ScreenHider (src/components/moderation/
      // ScreenHider.tsx, no testID of its own): "Content Warning", "This profile has been
      // flagged: Content Blocked.", "Learn More", "Go back". The screen's WHOLE text must be
      // that: a shown profile always has more (its name, its posts), so a bio quoting it never
      // matches. English only (the other sentences' translations were not checked).
      [
        'withheld',
        '[data-testid="profileScreen"]',
        /^ ?content warning ?this profile has been flagged: ?content blocked\. ?learn more ?go back ?$/i,
      ],
      ['removed', BSKY_PROFILE_ERROR, /account deactivated|we couldn.t find an account at/i],
      ['removed', 'body', /post not found/i],
      // French "Post introuvable" (bluesky-social/social-app src/locale/locales/fr/messages.po).
      // Spanish: the catalog we could read had no translation for it yet.
      ['removed', 'body', /post introuvable/i],
    ],
    present: () => '[data-testid^="postThreadItem-by-"], [data-testid="profileView"]',
  },
  tumblr: {
    posts: ['[tabindex="-1"][data-id]', 'article'],
    gone: [
      // A terminated account's blogs leave public view: their addresses show this same page.
      ['removed', 'body', /there.s nothing here/i],
    ],
    present: () => '[data-id] article',
  },
  pinterest: {
    posts: [
      '[data-test-id="closeup-body"], [data-test-id="pin"]',
      '[role="listitem"][data-grid-item="true"]',
    ],
    gone: [
      // Suspended: nothing visible (the account's Pins stay public). Withheld: the state exists
      // (Pinterest's transparency report), no visitor wording found.
      ['removed', 'body', /sorry! we couldn.t find that page/i],
    ],
    present: () => '[data-test-id="closeup-body"], [data-test-id="profile-name"]',
  },
  discord: {
    posts: ['li[id^="chat-messages-"]', '[data-list-item-id^="chat-messages___"]'],
    gone: [['removed', 'body', /you don.t have access to this link/i]],
    // A message link names the message: the item is there only if that very row is.
    present: (url) => {
      const m = /^\/channels\/[^/]+\/(\d{5,25})\/(\d{5,25})/.exec(url.pathname);
      return m ? `li[id="chat-messages-${m[1]}-${m[2]}"]` : 'li[id^="chat-messages-"]';
    },
  },
  telegram: {
    posts: ['[data-mid][data-peer-id]', '[data-message-id]'],
    gone: [
      ['withheld', 'body', /displayed because it violated local laws/i],
      ['removed', 'body', /can.t be displayed because/i],
    ],
    present: () => '[data-mid][data-peer-id], [data-message-id]',
  },
  twitch: {
    posts: ['[data-a-target="video-player"], article'],
    gone: [
      // Page wording (an offline channel's about text could quote it): the channel's own
      // address only, never its clips or videos (lib/watch/match.ts).
      ['account-suspended', 'body', /channel is (currently )?unavailable due to a violation/i],
      // A clip or video geo-blocked by rights: "This premium content is not available in your
      // region." (the player's DRM_GEOBLOCKED error in a copy of Twitch's embed player; code
      // search; German viewers got it on clips and VODs:
      // https://www.dexerto.com/entertainment/twitch-is-ruined-for-users-in-germany-because-of-very-specific-law-1625896/).
      // Page wording, assuming the player shows it with no <video> (no source shows the
      // markup): if the live player keeps its <video>, `present` reads online first.
      ['withheld', 'body', /this premium content is not available in your region/i],
      // A banned channel may show this same page: it then reads as removed.
      ['removed', 'body', /unless you.ve got a time machine, that content is unavailable/i],
    ],
    present: () => '[data-a-target="video-player"] video',
  },
};
