import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { langFromTag } from '@/lib/i18n/types';
import type { VaultStatus } from '@/lib/messaging/messages/vault';
import { popupTranslator } from './i18n';
import { Popup } from './Popup';
import '@/components/base.css';
import './popup.css';

/** Starts in the browser's language and switches to the user's setting once the status is in. */
function Root() {
  const [lang, setLang] = useState(() => langFromTag(browser.i18n.getUILanguage()));
  const onStatus = useCallback((status: VaultStatus) => {
    if (status.exists) setLang(status.settings.lang);
  }, []);
  document.documentElement.lang = lang;
  return <Popup t={popupTranslator(lang)} onStatus={onStatus} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Root />);
