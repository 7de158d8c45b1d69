// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import {
  NoticePanel,
  type PreparedNotice,
} from '../../../entrypoints/workspace/screens/casework/NoticePanel';
import { mountPerTest } from './mount';

const notice = (text: string): PreparedNotice => ({
  id: 'take-it-down' as PreparedNotice['id'],
  subject: 'Request',
  text,
  prepared: text,
  edited: false,
  missingIds: [],
  missing: [],
  textLang: 'en',
  warnings: [],
});

const mounted = mountPerTest();
const onSave = vi.fn(async (_text: string) => undefined);
const onReset = vi.fn(async () => undefined);
beforeEach(() => {
  onSave.mockClear();
  onReset.mockClear();
});

function show(text: string) {
  act(() =>
    mounted.root.render(
      <I18nProvider lang="en">
        <NoticePanel
          notice={notice(text)}
          open
          name="Take It Down"
          onSave={onSave}
          onReset={onReset}
        />
      </I18nProvider>,
    ),
  );
}
const textarea = () => mounted.host.querySelector('textarea') as HTMLTextAreaElement;
function type(value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(
      textarea(),
      value,
    );
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the notice editor when the case changes under it', () => {
  it('keeps words typed and not yet saved when a new prepared text arrives', () => {
    show('Dear team, the address is [missing: address].');
    type('Dear team, please remove https://x.com/a/status/1 today.');
    // The case changed elsewhere (another tab, a capture): the prepared text is rebuilt.
    show('Dear team, the address is https://x.com/a/status/2.');
    expect(textarea().value).toBe('Dear team, please remove https://x.com/a/status/1 today.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('follows the new prepared text when the user had not changed the draft', () => {
    show('Version one.');
    show('Version two, with the new country.');
    expect(textarea().value).toBe('Version two, with the new country.');
    // And again after that: the draft is compared with the text last shown, not the first.
    show('Version three.');
    expect(textarea().value).toBe('Version three.');
  });
});
