import { useCallback, useEffect, useState } from 'react';
import { send } from '@/components/send';
import type { CaseSummary, VaultStatus } from '@/lib/messaging/messages/vault';
import type { CaptureResult, ResponseOf, WorkspaceView } from '@/lib/messaging/protocol';
import type { PopupTranslate } from './i18n';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; status: VaultStatus; current: CaseSummary | null };

/** The toolbar popup: capture this tab, where the case stands, and the ways out and to help. */
export function Popup({ t, onStatus }: { t: PopupTranslate; onStatus: (s: VaultStatus) => void }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The active tab shows media Beacon placed no button on (lib/watch/health.ts).
  const [noButton, setNoButton] = useState(false);
  const [recent, setRecent] = useState<ResponseOf<'recentCaptures'>>([]);

  const load = useCallback(async () => {
    try {
      const status = await send('vaultStatus');
      onStatus(status);
      let current: CaseSummary | null = null;
      if (status.exists && status.unlocked) {
        const cases = await send('listCases');
        current =
          cases.find((c) => c.id === status.settings.currentCaseId) ??
          [...cases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ??
          null;
      }
      setState({ kind: 'ready', status, current });
      send('recentCaptures').then(setRecent, () => undefined);
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  }, [onStatus]);

  useEffect(() => {
    void load();
    send('tabTrouble').then(
      (answer) => setNoButton(answer.noButton),
      () => undefined,
    );
  }, [load]);

  async function captureTab() {
    setBusy(true);
    try {
      const result: CaptureResult = await send('captureActiveTab');
      setSaved(
        result.where === 'case'
          ? t('popup.savedTo', { title: result.caseTitle ?? '' })
          : result.where === 'inbox'
            ? t('popup.savedLocked')
            : t('popup.savedPending'),
      );
      await load();
    } catch (error) {
      setSaved(t('common.error', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  async function undo(id: string) {
    try {
      setSaved((await send('undoCapture', { id })).message);
    } catch (error) {
      setSaved((error as Error).message);
    }
    await load();
  }

  async function open(view: WorkspaceView) {
    await send('openWorkspace', { view });
    window.close();
  }

  async function quickExit() {
    document.documentElement.style.visibility = 'hidden';
    try {
      await send('quickExit');
    } finally {
      window.close();
    }
  }

  const discreet = state.kind === 'ready' && state.status.settings.discreet;

  return (
    <main className="popup">
      <div className="popup-head">
        <h1>{discreet ? t('app.discreetName') : t('popup.title')}</h1>
        <button
          type="button"
          className="quick-exit-button"
          aria-label={t('ws.quickExit.label')}
          onClick={() => void quickExit()}
        >
          {t('help.quickExit')}
        </button>
      </div>
      {noButton && (
        <div className="popup-notice" data-testid="popup-no-button">
          <p className="small">
            <strong>{t('watch.noButton')}</strong>
          </p>
          <p className="small">{t('watch.noButtonHint')}</p>
        </div>
      )}
      <button type="button" className="primary" disabled={busy} onClick={() => void captureTab()}>
        {t('popup.captureTab')}
      </button>
      <p role="status" aria-live="polite" className="status">
        {saved}
      </p>
      <RecentCaptures recent={recent} t={t} undo={undo} />
      <CaseState state={state} t={t} open={open} />
      <p className="muted small">{t('popup.noMediaRule')}</p>
      <button type="button" className="help-button" onClick={() => void open('help')}>
        {t('help.getHelpNow')}
      </button>
    </main>
  );
}

function CaseState({
  state,
  t,
  open,
}: {
  state: State;
  t: PopupTranslate;
  open: (view: WorkspaceView) => Promise<void>;
}) {
  if (state.kind === 'loading') return <p className="muted small">{t('common.loading')}</p>;
  if (state.kind === 'error') {
    return <p className="small">{t('common.error', { message: state.message })}</p>;
  }
  const { status, current } = state;
  if (!status.exists) {
    return (
      <section className="popup-case" aria-label={t('popup.setUp')}>
        <p className="small">{t('popup.setUpIntro')}</p>
        <button type="button" onClick={() => void open('onboarding')}>
          {t('popup.setUp')}
        </button>
      </section>
    );
  }
  if (!status.unlocked) {
    return (
      <section className="popup-case" aria-label={t('popup.unlock')}>
        <p className="small">{t('popup.locked')}</p>
        <button type="button" onClick={() => void open('home')}>
          {t('popup.unlock')}
        </button>
      </section>
    );
  }
  return (
    <section className="popup-case" aria-label={t('popup.open')} data-testid="popup-case">
      {current && (
        <>
          <p className="popup-title">{current.title}</p>
          <p className="small" data-testid="popup-counts">
            {t('popup.counts', {
              evidence: current.evidenceCount,
              reports: current.reportCount,
            })}
          </p>
          <p className={`small${current.dueFollowUps > 0 ? ' due' : ''}`} data-testid="popup-due">
            {current.dueFollowUps === 0
              ? t('popup.noDue')
              : current.dueFollowUps === 1
                ? t('popup.dueOne')
                : t('popup.dueMany', { count: current.dueFollowUps })}
          </p>
        </>
      )}
      <button
        type="button"
        onClick={() => void open(current && current.dueFollowUps > 0 ? 'reports' : 'home')}
      >
        {t('popup.open')}
      </button>
    </section>
  );
}

/**
 * This browser session's recent captures (the last 10 of 24 hours): where (the host only) and
 * when, each with "Undo" — the way back from a capture a page tricked someone into, or a
 * mistaken click. Undo leaves a line in the case's timeline (lib/vault/inbox.ts undoCapture).
 */
function RecentCaptures({
  recent,
  t,
  undo,
}: {
  recent: ResponseOf<'recentCaptures'>;
  t: PopupTranslate;
  undo: (id: string) => Promise<void>;
}) {
  if (recent.length === 0) return null;
  const time = (at: number) =>
    new Date(at).toLocaleTimeString(document.documentElement.lang || undefined, {
      hour: '2-digit',
      minute: '2-digit',
    });
  return (
    <section
      className="popup-recent"
      aria-labelledby="popup-recent-title"
      data-testid="popup-recent"
    >
      <h2 id="popup-recent-title">{t('popup.recent')}</h2>
      <ul>
        {recent.map((r) => (
          <li key={r.id} data-capture-id={r.id}>
            <span className="small">
              {r.host || '—'} · {time(r.at)}
            </span>
            <button
              type="button"
              aria-label={t('popup.undoLabel', { host: r.host || '—', time: time(r.at) })}
              onClick={() => void undo(r.id)}
            >
              {t('popup.undo')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
