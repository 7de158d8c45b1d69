import type { MessageKey } from '../i18n';
import type { TimelineEntry } from './timeline';

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The sentence for a timeline entry that comes from the change log, the sextortion record or a
 * hash receipt, shared by the workspace timeline and the printed case file. Returns null for the
 * other kinds (their screens describe them).
 */
export function changeText(tr: Tr, e: TimelineEntry, formatDate: (iso: string) => string) {
  const d = e.detail;
  switch (e.kind) {
    case 'details-changed': {
      const parts = Object.entries(d).map(([field, value]) => {
        const name = tr(`case.field.${field}` as MessageKey);
        return value ? `${name} ${value}` : name;
      });
      return tr('case.tl.detailsChanged', { changes: parts.join('; ') });
    }
    case 'item-deleted': {
      const key = `case.tl.deleted.${d.item ?? 'note'}` as MessageKey;
      const text = tr(key, { label: d.label ?? '' });
      return d.addedAt ? `${text} ${tr('case.tl.addedOn', { date: formatDate(d.addedAt) })}` : text;
    }
    case 'sextortion-updated':
      return d.byImport
        ? tr('case.tl.sextortionImported', {
            payments: d.payments ?? '0',
            threats: d.threats ?? '0',
            details: d.details ?? '0',
          })
        : tr('case.tl.sextortionUpdated');
    case 'threat':
      return tr('case.tl.threat', { text: d.text ?? '' });
    case 'hash-receipt':
      return tr('case.tl.hashReceipt', {
        service: tr(`case.hash.service.${d.service ?? 'other'}` as MessageKey),
      });
    default:
      return null;
  }
}
