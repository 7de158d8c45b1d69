import { useI18n } from '@/components/i18n';
import type { DeletedKind } from '@/lib/case/model';
import type { CaseOp } from '@/lib/case/ops';
import { UNDO_MS, usePendingDelete } from '../../stores/pending-delete';

/** Deletes an item with an undo window (see stores/pending-delete.ts). */
export function DeleteButton({
  kind,
  id,
  op,
  label,
  onScheduled,
}: {
  kind: DeletedKind;
  id: string;
  op: CaseOp;
  /** The accessible name when several delete buttons share a screen. */
  label?: string;
  onScheduled?: () => void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="danger"
      aria-label={label}
      onClick={() => {
        usePendingDelete.getState().schedule({ kind, id, op });
        onScheduled?.();
      }}
    >
      {t(`case.del.${kind}`)}
    </button>
  );
}

/** "Evidence item deleted. [Undo]" for every delete that waits; shown in the workspace shell. */
export function UndoBar() {
  const { t } = useI18n();
  const pending = usePendingDelete((s) => s.pending);
  const error = usePendingDelete((s) => s.error);
  return (
    <>
      <div role="status" className="undo-bar">
        {pending.map((p) => (
          <div key={p.id} className="notice">
            <p>
              {t(`case.del.pending.${p.kind}`)}{' '}
              {t('case.del.undoHelp', { seconds: UNDO_MS / 1000 })}
            </p>
            <button type="button" onClick={() => usePendingDelete.getState().undo(p.id)}>
              {t('case.del.undo')}
            </button>
          </div>
        ))}
      </div>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{t('case.del.failed', { message: error })}</p>
          <button type="button" onClick={() => usePendingDelete.getState().dismissError()}>
            {t('ws.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
