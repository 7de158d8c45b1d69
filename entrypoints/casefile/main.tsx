import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { langFromTag, t } from '@/lib/i18n';
import '@/components/base.css';

const lang = langFromTag(browser.i18n.getUILanguage());
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nProvider lang={lang}>
      <main>
        <h1>{t(lang, 'casefile.title')}</h1>
      </main>
    </I18nProvider>,
  );
}
