// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseFileDocument, keyedLines } from '../../../entrypoints/casefile/Document';
import { Case } from '../../../lib/case/model';
import { buildCaseFile, DEFAULT_OPTIONS } from '../../../lib/casefile/layout';
import { fixedCase, NOW } from './fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Two receipts that print the same (same service, same last digits), two equal payment lines. */
const twins = Case.parse({
  ...fixedCase,
  hashReceipts: [
    { id: 'h1', service: 'take-it-down', caseNumber: 'AA-0000-1234', createdAt: NOW.toISOString() },
    { id: 'h2', service: 'take-it-down', caseNumber: 'BB-9999-1234', createdAt: NOW.toISOString() },
  ],
  sextortion: {
    threatener: { platform: 'Instagram', handle: '@x' },
    demands: ['money'],
    paymentDetails: [
      { id: 'p1', kind: 'gift-card', value: 'see note' },
      { id: 'p2', kind: 'gift-card', value: 'see note' },
    ],
    threats: [],
    alreadyShared: 'unknown',
  },
});

function render() {
  const model = buildCaseFile(
    twins,
    { ...DEFAULT_OPTIONS, redact: false, lang: 'en' },
    { now: NOW, timeZone: 'UTC', hash: 'a'.repeat(64) },
  );
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<CaseFileDocument model={model} proofImages={new Map()} />));
  return { host, model, unmount: () => act(() => root.unmount()) };
}

describe('the printed case file’s lists', () => {
  it('shows two lines that read the same, both, with no React key warning', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { host, model, unmount } = render();
    // The model really holds two identical lines (else the test proves nothing).
    expect(model.receipts?.lines).toHaveLength(2);
    expect(model.receipts?.lines[0]).toBe(model.receipts?.lines[1]);
    const receipts = host.querySelectorAll('[data-testid="casefile-receipts"] li');
    expect([...receipts].map((li) => li.textContent)).toEqual(model.receipts?.lines);
    const payments = model.sextortion?.payments ?? [];
    expect(payments[0]).toBe(payments[1]);
    const sextortion = host.querySelector('[data-testid="casefile-sextortion"]')?.textContent;
    expect(sextortion?.split(payments[0] as string)).toHaveLength(3);
    const keyWarnings = errors.mock.calls.filter((c) => /same key|unique "key"/.test(String(c[0])));
    expect(keyWarnings).toEqual([]);
    unmount();
  });

  it('keys each line by its text and which repeat it is, the same on every render', () => {
    expect(keyedLines(['a', 'b', 'a', 'a'])).toEqual([
      { key: 'a', line: 'a' },
      { key: 'b', line: 'b' },
      { key: 'a\u00001', line: 'a' },
      { key: 'a\u00002', line: 'a' },
    ]);
    expect(keyedLines(['a', 'b', 'a'])).toEqual(keyedLines(['a', 'b', 'a']));
  });
});
