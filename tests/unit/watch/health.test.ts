// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import {
  captureFlaws,
  countPage,
  countReads,
  diagnosticsText,
  feedHealth,
  normaliseCounts,
} from '@/lib/watch/health';
import { html } from '../platforms/fixture';

/** Sizes from a `data-size="w,h"` attribute (happy-dom lays nothing out). */
const size = (el: Element) => {
  const [width = 0, height = 0] = (el.getAttribute('data-size') ?? '0,0').split(',').map(Number);
  return { width, height };
};

describe('feed health', () => {
  it('large media and no button: the adapter sees nothing here', () => {
    const doc = html(
      '<img data-size="40,40" src="https://a/avatar"><video data-size="640,360"></video>',
    );
    expect(feedHealth(doc, size)).toEqual({ buttons: 0, mediaWithoutButton: true });
  });

  it('small images only, or buttons placed: no trouble', () => {
    expect(feedHealth(html('<img data-size="149,400"><img data-size="48,48">'), size)).toEqual({
      buttons: 0,
      mediaWithoutButton: false,
    });
    expect(
      feedHealth(
        html(
          '<beacon-shortcut></beacon-shortcut><beacon-shortcut></beacon-shortcut><video data-size="640,360"></video>',
        ),
        size,
      ),
    ).toEqual({ buttons: 2, mediaWithoutButton: false });
  });

  it('counts per platform, afresh for a new adapter version; text for a bug report', () => {
    let counts = countPage({}, 'x', 1, { buttons: 3, mediaWithoutButton: false, posts: 5 });
    counts = countPage(counts, 'x', 1, { buttons: 0, mediaWithoutButton: true, posts: 0 });
    counts = countPage(counts, 'reddit', 1, { buttons: 1, mediaWithoutButton: false, posts: 2 });
    counts = countReads(counts, 'x', 1, 0, { 'no-permalink': 2, 'not-a-post': 1 });
    counts = countReads(counts, 'x', 1, 1, { 'no-permalink': 1, 'bad-id': 1 });
    const empty = { reads: 0, failures: {} };
    expect(counts).toEqual({
      x: {
        version: 1,
        pages: 2,
        posts: 5,
        buttons: 3,
        noButton: 1,
        reads: 1,
        failures: { 'no-permalink': 3, 'not-a-post': 1, 'bad-id': 1 },
      },
      reddit: { version: 1, pages: 1, posts: 2, buttons: 1, noButton: 0, ...empty },
    });
    expect(countPage(counts, 'x', 2, { buttons: 1, mediaWithoutButton: false }).x).toEqual({
      version: 2,
      pages: 1,
      posts: 0,
      buttons: 1,
      noButton: 0,
      ...empty,
    });
    expect(diagnosticsText(counts, '1.2.3', (key, params) => t('en', key, params))).toBe(
      [
        'Beacon 1.2.3 — feed diagnostics',
        'reddit v1: pages read 1, posts found 2, buttons placed 1, media but no button 0, posts read for a capture 0, read problems: none',
        'x v1: pages read 2, posts found 5, buttons placed 3, media but no button 1, posts read for a capture 1, read problems: no link to the post [no-permalink] 3, not a post [not-a-post] 1, id or name in an unexpected form [bad-id] 1',
      ].join('\n'),
    );
    // In the language of the screen it is copied from; the reason codes stay as they are.
    const french = diagnosticsText(counts, '1.2.3', (key, params) => t('fr', key, params));
    expect(french.split('\n')).toEqual([
      'Beacon 1.2.3 — diagnostic du fil',
      'reddit v1 : pages lues 1, publications trouvées 2, boutons placés 1, médias sans bouton 0, publications lues pour une capture 0, problèmes de lecture : aucun',
      'x v1 : pages lues 2, publications trouvées 5, boutons placés 3, médias sans bouton 1, publications lues pour une capture 1, problèmes de lecture : pas de lien vers la publication [no-permalink] 3, pas une publication [not-a-post] 1, identifiant ou nom d’une forme inattendue [bad-id] 1',
    ]);
    const spanish = diagnosticsText(counts, '1.2.3', (key, params) => t('es', key, params));
    expect(spanish).toContain('Beacon 1.2.3 — diagnóstico del feed');
    expect(spanish).toContain('problemas de lectura: sin enlace a la publicación [no-permalink] 3');
    expect(spanish).not.toMatch(/\{\w+\}|pages read|read problems/);
  });

  it('rows stored by an older version, or garbled, read as complete whole counts', () => {
    expect(
      normaliseCounts({
        x: { version: 1, pages: 4, buttons: 2, noButton: 1 },
        reddit: {
          version: 2,
          pages: -3,
          posts: 'many',
          buttons: 1.5,
          noButton: Number.NaN,
          reads: 1e20,
          failures: { 'no-author': 2, 'made-up': 9, 'no-media': -1 },
        },
        junk: 'text',
      }),
    ).toEqual({
      x: { version: 1, pages: 4, posts: 0, buttons: 2, noButton: 1, reads: 0, failures: {} },
      reddit: {
        version: 2,
        pages: 0,
        posts: 0,
        buttons: 1,
        noButton: 0,
        reads: 1e9,
        failures: { 'no-author': 2 },
      },
    });
    expect(normaliseCounts(undefined)).toEqual({});
  });

  it('a saved capture’s flaws, from the capture checks’ notes', () => {
    expect(captureFlaws({ kind: 'post', author: { handle: 'a' }, text: 'short' })).toEqual({});
    expect(captureFlaws({ kind: 'post', text: 'x' })).toEqual({ 'no-author': 1 });
    expect(captureFlaws({ kind: 'account', author: {} })).toEqual({});
    expect(
      captureFlaws({ kind: 'post', author: {}, truncated: ['author.handle', 'postId'] }),
    ).toEqual({ 'bad-id': 1 });
    expect(
      captureFlaws({ kind: 'post', author: { handle: 'a' }, truncated: ['media[0].address'] }),
    ).toEqual({ truncated: 1 });
    expect(captureFlaws({ kind: 'post', author: { handle: 'a' }, text: 'a'.repeat(500) })).toEqual({
      truncated: 1,
    });
  });
});
