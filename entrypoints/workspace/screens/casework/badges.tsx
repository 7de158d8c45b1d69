import { useI18n } from '@/components/i18n';
import { StatusBadge } from '@/components/StatusBadge';
import type { OnlineStatus, ReportStatus } from '@/lib/case/model';
import { tk } from './data';

const ONLINE_TONE: Record<OnlineStatus, 'ok' | 'waiting' | 'attention' | 'neutral'> = {
  online: 'attention',
  removed: 'ok',
  reappeared: 'attention',
  unknown: 'neutral',
  withheld: 'attention',
  'account-suspended': 'ok',
};

const REPORT_TONE: Record<ReportStatus, 'ok' | 'waiting' | 'attention' | 'neutral'> = {
  draft: 'neutral',
  sent: 'waiting',
  acknowledged: 'waiting',
  'no-answer': 'attention',
  refused: 'attention',
  removed: 'ok',
  'partly-removed': 'attention',
  reappeared: 'attention',
};

export function OnlineBadge({ status }: { status: OnlineStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={ONLINE_TONE[status]}>{tk(t, `cw.online.${status}`)}</StatusBadge>;
}

export function ReportBadge({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={REPORT_TONE[status]}>{tk(t, `cw.status.${status}`)}</StatusBadge>;
}
