import { defineConfig } from 'vitest/config';

// End-to-end suite: real Chromium with the built extension. Files run one after another
// (each launches its own browser); the unit suite lives in vitest.config.ts.
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
