// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteAddForm } from '../../../entrypoints/workspace/screens/casework/NoteActions';
import { useCase } from '../../../entrypoints/workspace/stores/case';
import { translator } from '../../../lib/i18n';
import { mountPerTest } from './mount';

const t = translator('en');

const mounted = mountPerTest();
let apply: ReturnType<typeof vi.fn>;
beforeEach(() => {
  apply = vi.fn(async () => ({}));
  useCase.setState({ apply } as never);
  act(() => mounted.root.render(<NoteAddForm />));
});

const textarea = () => mounted.host.querySelector('textarea') as HTMLTextAreaElement;
async function type(value: string) {
  await act(async () => {
    const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    set?.call(textarea(), value);
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit() {
  await act(async () => {
    (mounted.host.querySelector('form') as HTMLFormElement).requestSubmit();
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

describe('the timeline’s add-a-note form (react-hook-form with the note schema)', () => {
  it('refuses an empty or blank note with a message, and saves nothing', async () => {
    await type('   \n ');
    await submit();
    expect(apply).not.toHaveBeenCalled();
    expect(mounted.host.textContent).toContain(t('cw.err.required'));
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
  });

  it('saves the trimmed text as one addNote op, empties the field and says so', async () => {
    await type('  Called the school counsellor.  ');
    await submit();
    expect(apply).toHaveBeenCalledWith({ op: 'addNote', text: 'Called the school counsellor.' });
    expect(textarea().value).toBe('');
    expect(mounted.host.querySelector('[role="status"]')?.textContent).toBe(
      t('cw.timeline.noteAdded'),
    );
  });

  it('keeps the words when saving fails, and shows why', async () => {
    apply.mockRejectedValueOnce(new Error('disk full'));
    await type('Keep me');
    await submit();
    expect(textarea().value).toBe('Keep me');
    expect(mounted.host.textContent).toContain('disk full');
  });

  it('refuses a note over 10,000 characters rather than cutting it silently', async () => {
    await type('x'.repeat(10_001));
    await submit();
    expect(apply).not.toHaveBeenCalled();
    expect(mounted.host.textContent).toContain(t('cw.err.tooLong'));
  });
});
