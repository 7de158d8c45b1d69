import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { send } from '@/components/send';

export function Workspace() {
  const { t } = useI18n();
  const [version, setVersion] = useState<string | null>(null);

  useEffect(() => {
    document.title = t('workspace.title');
    send('ping').then((answer) => setVersion(answer.version));
  }, [t]);

  return (
    <main className="workspace">
      <h1>{t('workspace.title')}</h1>
      <p className="notice">{t('popup.noMediaRule')}</p>
      {version && (
        <p className="muted" data-testid="version">
          v{version}
        </p>
      )}
    </main>
  );
}
