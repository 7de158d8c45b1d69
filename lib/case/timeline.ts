import type { Case } from './model';

export type TimelineEntry = {
  at: string;
  kind:
    | 'case-created'
    | 'evidence-captured'
    | 'evidence-added'
    | 'evidence-status'
    | 'report-sent'
    | 'report-status'
    | 'report-answer'
    | 'proof-added'
    | 'note'
    | 'details-changed'
    | 'item-deleted'
    | 'sextortion-updated'
    | 'threat'
    | 'hash-receipt';
  /** The item the entry is about. */
  ref: string;
  /** Data for the renderer (i18n happens in the UI / case file). */
  detail: Record<string, string | undefined>;
};

/** Everything that happened in a case, oldest first; derived, never stored. */
export function timeline(kase: Case): TimelineEntry[] {
  const out: TimelineEntry[] = [
    {
      at: kase.createdAt,
      kind: 'case-created',
      ref: kase.id,
      detail: { title: kase.profile.title },
    },
  ];
  for (const e of kase.evidence) {
    out.push({
      at: e.capturedAt ?? e.createdAt,
      kind: e.provenance.source === 'capture' ? 'evidence-captured' : 'evidence-added',
      ref: e.id,
      detail: { platform: e.platform, url: e.url, handle: e.author?.handle, kind: e.kind },
    });
    for (const s of e.statusHistory) {
      out.push({
        at: s.at,
        kind: 'evidence-status',
        ref: e.id,
        detail: { status: s.status, url: e.url, seenBy: s.seenBy },
      });
    }
  }
  for (const r of kase.reports) {
    if (r.sentAt) {
      out.push({
        at: r.sentAt,
        kind: 'report-sent',
        ref: r.id,
        detail: { target: r.targetName, reference: r.reference, channel: r.channel },
      });
    }
    for (const s of r.statusHistory) {
      if (s.status === 'sent' || s.status === 'draft') continue;
      out.push({
        at: s.at,
        kind: 'report-status',
        ref: r.id,
        detail: { status: s.status, target: r.targetName },
      });
    }
    if (r.answer && r.answeredAt) {
      out.push({
        at: r.answeredAt,
        kind: 'report-answer',
        ref: r.id,
        detail: { target: r.targetName, answer: r.answer },
      });
    }
  }
  for (const p of kase.proofs) {
    out.push({
      at: p.createdAt,
      kind: 'proof-added',
      ref: p.id,
      detail: { type: p.type, label: p.label },
    });
  }
  for (const n of kase.notes)
    out.push({ at: n.createdAt, kind: 'note', ref: n.id, detail: { text: n.text } });
  for (const threat of kase.sextortion?.threats ?? []) {
    out.push({ at: threat.at, kind: 'threat', ref: threat.id, detail: { text: threat.text } });
  }
  for (const h of kase.hashReceipts) {
    // The case number and PIN stay out of the timeline: they are shown masked, on request only.
    out.push({ at: h.createdAt, kind: 'hash-receipt', ref: h.id, detail: { service: h.service } });
  }
  for (const c of kase.changes) {
    if (c.kind === 'details-changed') {
      out.push({
        at: c.at,
        kind: 'details-changed',
        ref: c.id,
        detail: Object.fromEntries(
          c.fields.map((f) => [
            f.field,
            f.from !== undefined || f.to !== undefined ? `${f.from ?? '—'} → ${f.to ?? '—'}` : '',
          ]),
        ),
      });
    } else if (c.kind === 'item-deleted') {
      out.push({
        at: c.at,
        kind: 'item-deleted',
        ref: c.id,
        detail: { item: c.item, label: c.label, addedAt: c.addedAt },
      });
    } else {
      const counts = c.byImport;
      out.push({
        at: c.at,
        kind: 'sextortion-updated',
        ref: c.id,
        detail: counts
          ? {
              byImport: 'yes',
              payments: String(counts.payments),
              threats: String(counts.threats),
              details: String(counts.details),
            }
          : {},
      });
    }
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind.localeCompare(b.kind)));
}
