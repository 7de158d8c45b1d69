import { describe, expect, it } from 'vitest';
import { caseChecklist } from '@/lib/case/derive';
import {
  EvidenceKind,
  OnlineStatus,
  ProofType,
  ReportChannel,
  ReportStatus,
} from '@/lib/case/model';
import { catalogs, LANGS } from '@/lib/i18n';

// The screens build some keys at run time from enum values; every one must exist in every
// language, or the user would see a raw key.
const runtimeKeys = [
  ...EvidenceKind.options.map((k) => `cw.kind.${k}`),
  ...OnlineStatus.options.map((s) => `cw.online.${s}`),
  ...(['online', 'removed', 'reappeared'] as const).map((s) => `cw.check.${s}`),
  ...ReportStatus.options.map((s) => `cw.status.${s}`),
  ...ReportChannel.options.map((c) => `cw.channel.${c}`),
  ...ProofType.options.map((p) => `cw.proofType.${p}`),
  ...['birth-certificate', 'passport', 'national-id', 'school-id', 'photo-at-age'].map(
    (d) => `cw.proof.doc.${d}`,
  ),
  ...['image', 'video', 'gif', 'unknown'].map((m) => `cw.media.${m}`),
  ...['shortcut', 'context-menu', 'command', 'popup', 'manual', 'import'].map((v) => `cw.via.${v}`),
  ...['done', 'todo', 'waiting', 'due'].map((s) => `cw.checklist.state.${s}`),
  ...['evidence', 'reports', 'next', 'timeline'].map((v) => `cw.checklist.go.${v}`),
  ...[
    'emergency',
    'guidance',
    'platform-report',
    'platform-appeal',
    'follow-up',
    'hotline',
    'hash-removal',
    'law-enforcement',
    'regulator',
    'mediation',
    'legal-notice',
    'support',
  ].map((k) => `steps.kind.${k}`),
  ...['now', 'today', 'when-due'].map((u) => `steps.urgency.${u}`),
];

// Every (item, state) pair the checklist can produce has a sentence.
const checklistStates: Record<string, string[]> = {
  evidence: ['done', 'todo'],
  platform: ['done', 'todo'],
  hotline: ['done', 'todo'],
  followup: ['todo', 'waiting', 'due', 'done'],
  casefile: ['done', 'todo'],
};

describe('casework catalog', () => {
  it.each(LANGS)('%s has every key the screens build at run time', (lang) => {
    const table = catalogs[lang] as Record<string, string>;
    const keys = [
      ...runtimeKeys,
      ...Object.entries(checklistStates).flatMap(([id, states]) => [
        `cw.checklist.${id}`,
        ...states.map((s) => `cw.checklist.${id}.${s}`),
      ]),
    ];
    expect(keys.filter((k) => !table[k])).toEqual([]);
  });

  it('covers the items the checklist derives', () => {
    const ids = caseChecklist(
      {
        id: 'c',
        createdAt: '2026-03-03T10:00:00.000Z',
        updatedAt: '2026-03-03T10:00:00.000Z',
        profile: {
          title: 't',
          role: 'parent',
          ageAtTime: 'minor',
          country: 'US',
          languages: [],
          immediateDanger: false,
          sextortion: false,
          hasImagesOnDevice: 'unknown',
          contact: {},
        },
        evidence: [],
        proofs: [],
        reports: [],
        notes: [],
        stepsDone: [],
        noticeEdits: {},
        hashReceipts: [],
        changes: [],
      },
      new Date(),
    ).items.map((i) => i.id);
    expect(ids.sort()).toEqual(Object.keys(checklistStates).sort());
  });
});
