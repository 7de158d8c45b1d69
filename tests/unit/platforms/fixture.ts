import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter } from '@/lib/platforms/adapter';
import { findPosts } from '@/lib/platforms/registry';

const ROOT = join(__dirname, '../../fixtures/platforms');

/** A fixture parsed without loading anything it names (DOMParser documents fetch nothing). */
export function load(path: string): Document {
  const html = readFileSync(join(ROOT, path), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every post in a fixture with its reading, as the feed runtime would see them. */
export function readAll(adapter: Adapter, path: string, url: string) {
  const doc = load(path);
  const page = { url: new URL(url) };
  return findPosts(adapter, doc).map((el) => ({ el, reading: adapter.readPost(el, page) }));
}

/** Which posts got a shortcut: `true` for each media post, in page order. */
export function mediaFlags(readings: { reading: { ok: boolean } }[]): boolean[] {
  return readings.map((r) => r.reading.ok);
}

export function html(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

/** Removes every link and permalink attribute from a post, as if the markup had none. */
export function stripLinks(post: Element): Element {
  for (const el of [post, ...post.querySelectorAll('*')]) {
    for (const name of ['href', 'permalink', 'data-permalink']) el.removeAttribute(name);
  }
  return post;
}

export const HOSTILE = '<img src=x onerror=alert(1)>';
