import { defineConfig } from 'vitest/config';

// End-to-end suite in Firefox ESR (stock Debian build, puppeteer-core over WebDriver BiDi) with
// the built MV2 extension. One Firefox per file, files one after another (2-core machine).
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
