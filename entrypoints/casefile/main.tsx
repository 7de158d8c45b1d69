import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { send } from '@/components/send';
import { isLang, type Lang, langFromTag } from '@/lib/i18n';
import { safeTimeZone } from '@/lib/i18n/dates';
import { CaseFilePage, type Paper } from './CaseFilePage';
import '@/components/base.css';
import './casefile.css';

// casefile.html?case=<id>[&lang=en|fr|es][&paper=a4|letter]
const params = new URLSearchParams(window.location.search);
const caseId = params.get('case');
const langParam = params.get('lang');
const paperParam = params.get('paper');
const paper: Paper = paperParam === 'a4' || paperParam === 'letter' ? paperParam : 'auto';
const timeZone = safeTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);

async function start() {
  // The options panel speaks the user's Beacon language; the document may be in another one.
  let uiLang: Lang = langFromTag(browser.i18n.getUILanguage());
  try {
    uiLang = (await send('vaultStatus')).settings.lang;
  } catch {
    // The background answers the page again when it loads the case; keep the browser's language.
  }
  document.documentElement.lang = uiLang;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <I18nProvider lang={uiLang}>
      <CaseFilePage
        caseId={caseId}
        uiLang={uiLang}
        initialLang={isLang(langParam) ? langParam : null}
        initialPaper={paper}
        timeZone={timeZone}
      />
    </I18nProvider>,
  );
}

void start();
