import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { langFromTag } from '@/lib/i18n';
import { Popup } from './Popup';
import '@/components/base.css';
import './popup.css';

const lang = langFromTag(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nProvider lang={lang}>
      <Popup />
    </I18nProvider>,
  );
}
