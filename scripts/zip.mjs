#!/usr/bin/env node
// `npm run zip`: the three store packages, named with package.json's version —
//   .output/beacon-extension-<version>-chrome.zip   Chrome Web Store and Edge Add-ons (MV3)
//   .output/beacon-extension-<version>-firefox.zip  addons.mozilla.org (MV2)
//   .output/beacon-extension-<version>-sources.zip  the source code AMO's reviewers rebuild from
// then prints each zip's SHA-256 (and writes them to .output/SHA256SUMS) so a user can check
// that the file they got is the one released (`sha256sum -c SHA256SUMS`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zips = ['chrome', 'firefox', 'sources'].map((kind) => `${name}-${version}-${kind}.zip`);

// Old zips of this version would be reported as fresh if a step failed: remove them first.
for (const zip of zips) rmSync(`.output/${zip}`, { force: true });
for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  const done = spawnSync('npx', ['wxt', ...args], { stdio: 'inherit' });
  if (done.status !== 0) {
    console.error(`wxt ${args.join(' ')} failed (exit ${done.status ?? done.signal})`);
    process.exit(1);
  }
}

const lines = [];
for (const zip of zips) {
  const path = `.output/${zip}`;
  if (!existsSync(path)) {
    console.error(`Missing ${path}: wxt did not write it.`);
    process.exit(1);
  }
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  lines.push(`${sha}  ${zip}`);
}
writeFileSync('.output/SHA256SUMS', `${lines.join('\n')}\n`);
console.log('\nSHA-256 (also in .output/SHA256SUMS):');
for (const line of lines) console.log(line);
