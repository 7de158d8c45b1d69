#!/usr/bin/env node
// Run a TypeScript script (demo, benches) with the project's `@/` alias, through jiti.
import { resolve } from 'node:path';
import { createJiti } from 'jiti';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
const jiti = createJiti(import.meta.url, { alias: { '@': resolve('.') } });
await jiti.import(resolve(file));
