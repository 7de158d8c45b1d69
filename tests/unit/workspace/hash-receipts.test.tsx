// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/components/send', () => ({ send: vi.fn() }));

import { I18nProvider } from '../../../components/i18n';
import type { Casework } from '../../../entrypoints/workspace/screens/casework/data';
import { HashReceipts } from '../../../entrypoints/workspace/screens/details/HashReceipts';
import { useCase } from '../../../entrypoints/workspace/stores/case';
import { usePendingDelete } from '../../../entrypoints/workspace/stores/pending-delete';
import { Case } from '../../../lib/case/model';
import { type Lang, t } from '../../../lib/i18n';
import { mountPerTest } from './mount';

const AT = '2026-11-20T08:00:00.000Z';
/** Two receipts of one service whose numbers end the same: only their place tells them apart. */
const kase = Case.parse({
  id: 'case1',
  createdAt: AT,
  updatedAt: AT,
  profile: { title: 'Sam', role: 'parent', ageAtTime: 'minor', country: 'US', languages: ['en'] },
  hashReceipts: [
    { id: 'h1', service: 'take-it-down', caseNumber: 'TID-111-0001', pin: '4321', createdAt: AT },
    { id: 'h2', service: 'take-it-down', caseNumber: 'TID-222-0001', createdAt: AT },
  ],
});

const mounted = mountPerTest();
const writeText = vi.fn(async (_text: string) => undefined);
beforeEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  writeText.mockClear();
  useCase.setState({ currentId: 'case1' } as never);
  usePendingDelete.setState({ pending: [], error: null });
});
afterEach(() => {
  act(() => mounted.root.unmount());
  mounted.host.remove();
  for (const p of usePendingDelete.getState().pending) usePendingDelete.getState().undo(p.id);
});

function show(lang: Lang) {
  const cw = { kase, settings: {}, apply: vi.fn(), go: vi.fn() } as unknown as Casework;
  act(() =>
    mounted.root.render(
      <I18nProvider lang={lang}>
        <HashReceipts cw={cw} />
      </I18nProvider>,
    ),
  );
}
/** A button's accessible name: its aria-label, else its text. */
const nameOf = (b: Element) => b.getAttribute('aria-label') ?? b.textContent ?? '';
const receiptButtons = () => [...mounted.host.querySelectorAll('.case-receipts button')];
const button = (name: string) => {
  const found = receiptButtons().filter((b) => nameOf(b) === name);
  expect(found, name).toHaveLength(1);
  return found[0] as HTMLButtonElement;
};

describe('the receipts list’s buttons', () => {
  it('never name more of a number than its mask shows (a short number is hidden whole)', () => {
    const short = Case.parse({
      ...kase,
      hashReceipts: [
        { id: 's1', service: 'stopncii', caseNumber: '42', pin: '7', createdAt: AT },
        { id: 's2', service: 'take-it-down', caseNumber: 'TID-9', createdAt: AT },
      ],
    });
    const cw = { kase: short, settings: {}, apply: vi.fn(), go: vi.fn() } as unknown as Casework;
    act(() =>
      mounted.root.render(
        <I18nProvider lang="en">
          <HashReceipts cw={cw} />
        </I18nProvider>,
      ),
    );
    const masked = [...mounted.host.querySelectorAll('[data-testid="receipt-secret"]')].map(
      (c) => c.textContent,
    );
    expect(masked).toEqual(['••', '•', '•••-9']);
    const names = receiptButtons().map(nameOf);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toContain('42');
    const first = t('en', 'case.hash.receiptNameShort', {
      n: 1,
      service: t('en', 'case.hash.service.stopncii'),
    });
    expect(names).toContain(`${t('en', 'case.del.hash-receipt')} (${first})`);
    // A longer number still names its visible ending.
    const second = t('en', 'case.hash.receiptName', {
      n: 2,
      service: t('en', 'case.hash.service.take-it-down'),
      last: '-9',
    });
    expect(names).toContain(`${t('en', 'case.del.hash-receipt')} (${second})`);
  });

  it.each(['en', 'fr', 'es'] as const)('each name the receipt they act on (%s)', (lang) => {
    show(lang);
    const names = receiptButtons().map(nameOf);
    // Receipt 1: show, copy (number), show, copy (PIN), delete; receipt 2: show, copy, delete.
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(names.length);
    const service = t(lang, 'case.hash.service.take-it-down');
    const second = t(lang, 'case.hash.receiptName', { n: 2, service, last: '01' });
    for (const name of names) expect(name.trim()).not.toBe('');
    const visible = t(lang, 'case.del.hash-receipt');
    // The name starts with the words on the button (what speech input users say).
    expect(names.filter((n) => n.startsWith(visible))).toEqual([
      `${visible} (${t(lang, 'case.hash.receiptName', { n: 1, service, last: '01' })})`,
      `${visible} (${second})`,
    ]);
  });

  it('copies the right receipt’s number and deletes the right receipt, with undo', async () => {
    show('en');
    const second = t('en', 'case.hash.receiptName', {
      n: 2,
      service: 'Take It Down',
      last: '01',
    });
    const copy = t('en', 'case.hash.copy.number');
    await act(async () => button(`${copy} (${second})`).click());
    expect(writeText).toHaveBeenCalledWith('TID-222-0001');
    // The shared CopyButton's live region says it was copied.
    expect(mounted.host.textContent).toContain(t('en', 'case.hash.copied'));

    await act(async () => button(`${t('en', 'case.del.hash-receipt')} (${second})`).click());
    expect(usePendingDelete.getState().pending).toMatchObject([
      {
        kind: 'hash-receipt',
        id: 'h2',
        caseId: 'case1',
        op: { op: 'removeHashReceipt', id: 'h2' },
      },
    ]);
  });
});
