// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countPage, diagnosticsText, feedHealth } from '@/lib/watch/health';
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
    let counts = countPage({}, 'x', 1, { buttons: 3, mediaWithoutButton: false });
    counts = countPage(counts, 'x', 1, { buttons: 0, mediaWithoutButton: true });
    counts = countPage(counts, 'reddit', 1, { buttons: 1, mediaWithoutButton: false });
    expect(counts).toEqual({
      x: { version: 1, pages: 2, buttons: 3, noButton: 1 },
      reddit: { version: 1, pages: 1, buttons: 1, noButton: 0 },
    });
    expect(countPage(counts, 'x', 2, { buttons: 1, mediaWithoutButton: false }).x).toEqual({
      version: 2,
      pages: 1,
      buttons: 1,
      noButton: 0,
    });
    expect(diagnosticsText(counts, '1.2.3')).toBe(
      'Beacon 1.2.3 — feed diagnostics\nreddit v1: pages 1, buttons 1, media without button 0\nx v1: pages 2, buttons 3, media without button 1',
    );
  });
});
