// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { EvidenceDetail } from '../../../entrypoints/workspace/screens/casework/EvidenceDetail';
import { EvidenceRow } from '../../../entrypoints/workspace/screens/casework/EvidenceRow';
import { Case, type Evidence } from '../../../lib/case/model';
import { mountPerTest } from './mount';

const RLO = '\u202E';
const at = '2026-03-01T10:00:00.000Z';

/** Evidence as the model keeps it (page text with a bidi override: "exe.jpg" read backwards). */
function evidence(over: Record<string, unknown>): Evidence {
  const kase = Case.parse({
    id: 'c1',
    createdAt: at,
    updatedAt: at,
    profile: { title: 't', role: 'parent', ageAtTime: 'minor', country: 'FR', languages: [] },
    evidence: [
      {
        id: 'e1',
        createdAt: at,
        updatedAt: at,
        provenance: { source: 'capture', via: 'shortcut' },
        kind: 'search',
        platform: 'x',
        media: [],
        ...over,
      },
    ],
  });
  return kase.evidence[0] as Evidence;
}

const mounted = mountPerTest();

describe('the workspace shows hidden characters of page text escaped, as the case file does', () => {
  const item = evidence({
    text: `Photo ${RLO}gpj.exe\u200B\nline two`,
    subject: `#${RLO}olleh`,
    notes: `from a file ${RLO}x`,
  });

  it('the detail: text, subject and notes show ⟨U+202E⟩, never the override itself', () => {
    act(() =>
      mounted.root.render(
        <EvidenceDetail
          item={item}
          onEdit={() => undefined}
          onClose={() => undefined}
          onCheck={async () => undefined}
          onReport={() => undefined}
        />,
      ),
    );
    const text = mounted.host.textContent ?? '';
    expect(text).not.toContain(RLO);
    expect(text).not.toContain('\u200B');
    expect(text).toContain('Photo ⟨U+202E⟩gpj.exe⟨U+200B⟩\nline two');
    expect(text).toContain('#⟨U+202E⟩olleh');
    expect(text).toContain('from a file ⟨U+202E⟩x');
  });

  it('the list row: the excerpt shows ⟨U+202E⟩', () => {
    act(() => mounted.root.render(<EvidenceRow item={item} onOpen={() => undefined} />));
    const text = mounted.host.textContent ?? '';
    expect(text).not.toContain(RLO);
    expect(text).toContain('Photo ⟨U+202E⟩gpj.exe');
  });
});
