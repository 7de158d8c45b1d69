// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { Evidence } from '../../../lib/case/model';
import { type Lang, t } from '../../../lib/i18n';
import { mountPerTest } from './mount';

const send = vi.hoisted(() => vi.fn());
vi.mock('@/components/send', () => ({ send }));

const { WatchLine } = await import('../../../entrypoints/workspace/screens/casework/WatchLine');

const AT = '2026-11-20T08:00:00.000Z';
const item = Evidence.parse({
  id: 'e1',
  createdAt: AT,
  updatedAt: AT,
  provenance: { source: 'manual' },
  kind: 'post',
  platform: 'x',
  url: 'https://x.com/someone/status/1',
});

const mounted = mountPerTest();
beforeEach(() => {
  send.mockReset();
});

function show(lang: Lang) {
  act(() =>
    mounted.root.render(
      <I18nProvider lang={lang}>
        <WatchLine item={item} locale={lang} />
      </I18nProvider>,
    ),
  );
}
async function checkNow() {
  await act(async () => mounted.host.querySelector('button')?.click());
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}
const status = () => mounted.host.querySelector('[role="status"]')?.textContent;

describe('the removal watch’s "Check now"', () => {
  it.each(['en', 'fr', 'es'] as const)(
    'says calmly, in the page’s language (%s), that the tab could not be opened',
    async (lang) => {
      send.mockRejectedValueOnce(new Error('No tab'));
      show(lang);
      expect(status()).toBe('');
      await checkNow();
      expect(send).toHaveBeenCalledWith('openUrl', { url: item.url });
      expect(status()).toBe(t(lang, 'cw.watch.openFailed'));
      expect(mounted.host.textContent).not.toContain('No tab');
    },
  );

  it('says nothing when the tab opens, and clears an earlier failure on a new try', async () => {
    send.mockRejectedValueOnce(new Error('No tab')).mockResolvedValueOnce(undefined);
    show('en');
    await checkNow();
    expect(status()).not.toBe('');
    await checkNow();
    expect(status()).toBe('');
  });
});
