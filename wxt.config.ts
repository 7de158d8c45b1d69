import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// The manifest asks for the least it can: each permission below is named in README
// ("Permissions") with the feature that needs it. No host permissions: the feed content
// script's `matches` are the only pages Beacon touches on its own; everything else goes
// through `activeTab` after a user gesture (popup, context menu, keyboard shortcut).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Vite's modulepreload polyfill is the only fetch() in the pages' bundles: extension pages
  // don't need it (Chromium and Firefox support modulepreload), and without it a scan of the
  // build for network APIs stays meaningful (tests/e2e/foundation.e2e.ts).
  // `npm run bench` builds with BEACON_BENCH_SOURCEMAP=1: the same minified code plus hidden
  // .map files (no sourceMappingURL comment), so the bench can name the sampled functions.
  // __BEACON_BENCH__ (lib/feed/watcher.ts): the bench build also times each feed flush with a
  // performance.measure entry; every other build has `false`, and the minifier drops that code.
  vite: () => ({
    define: { __BEACON_BENCH__: JSON.stringify(process.env.BEACON_BENCH_SOURCEMAP === '1') },
    build: {
      modulePreload: { polyfill: false },
      sourcemap: process.env.BEACON_BENCH_SOURCEMAP === '1' ? 'hidden' : false,
    },
  }),
  // The sources zip is for AMO's reviewers to rebuild the Firefox package (README "Publish"):
  // wxt already leaves out node_modules, tests and hidden files; generated output goes too.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', '**/*.log'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Beacon',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      'activeTab',
      'idle',
    ],
    // Normal icons; the background swaps in public/icon/discreet-*.png in discreet mode.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: {
        16: 'icon/16.png',
        32: 'icon/32.png',
        48: 'icon/48.png',
        128: 'icon/128.png',
      },
    },
    commands: {
      'capture-tab': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'beacon@beacon-extension.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The feed content script runs on every post of a feed and has a 25 KB budget
    // (docs/ARCHITECTURE.md): it uses the browsers' native promise-based API (Chrome MV3's
    // `chrome`, Firefox's `browser`) instead of webextension-polyfill, which would take 10 KB of
    // it. It only calls runtime.sendMessage, runtime.id, runtime.onMessage and i18n.getUILanguage,
    // all of which return promises natively in both. Pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = {
        ...(config.resolve.alias as object),
        'wxt/browser': '@wxt-dev/browser',
        // WXT's context posts `<extension id>:…:content-script-started` to the page and stops
        // when the page posts it back: the feed's own context says nothing to the page and is
        // stopped only by the extension going away (lib/feed/context.ts).
        'wxt/utils/content-script-context': fileURLToPath(
          new URL('./lib/feed/context.ts', import.meta.url),
        ),
      };
    },
  },
});
