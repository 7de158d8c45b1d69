import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';
import type { WorkspaceView } from '@/lib/messaging/protocol';

export function Popup() {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);

  async function captureTab() {
    try {
      await send('captureActiveTab');
      setStatus(t('popup.captured'));
    } catch (error) {
      setStatus(t('common.error', { message: (error as Error).message }));
    }
  }

  async function open(view: WorkspaceView) {
    await send('openWorkspace', { view });
    window.close();
  }

  return (
    <main className="popup">
      <h1>{t('popup.title')}</h1>
      <button type="button" className="primary" onClick={captureTab}>
        {t('popup.captureTab')}
      </button>
      <p role="status" aria-live="polite" className="status">
        {status}
      </p>
      <p className="muted small">{t('popup.noMediaRule')}</p>
      <div className="row">
        <button type="button" onClick={() => open('home')}>
          {t('help.openCase')}
        </button>
        <button type="button" onClick={() => open('help')}>
          {t('help.getHelpNow')}
        </button>
      </div>
    </main>
  );
}
