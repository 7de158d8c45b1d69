import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { I18nProvider, useI18n } from '@/components/i18n';
import { QuickExitButton } from '@/components/QuickExitButton';
import { quickExit } from '@/components/quick-exit';
import { send } from '@/components/send';
import type { MessageKey } from '@/lib/i18n';
import type { WorkspaceView } from '@/lib/messaging/protocol';
import { createTripleShiftDetector } from '@/lib/ui/triple-shift';
import { UndoBar } from './screens/casework/DeleteButton';
import { HelpScreen } from './screens/Help';
import { OnboardingScreen } from './screens/Onboarding';
import { UnlockScreen } from './screens/Unlock';
import { useCase } from './stores/case';
import { hrefFor, listenToHash, navigate, useRoute } from './stores/route';
import { listenToVaultChanges, selectDiscreet, selectLang, useVault } from './stores/vault';

// Casework screens load on demand: onboarding and unlock stay small and fast.
const screens: Partial<Record<WorkspaceView, ReturnType<typeof lazy>>> = {
  home: lazy(() => import('./screens/Home').then((m) => ({ default: m.HomeScreen }))),
  evidence: lazy(() => import('./screens/Evidence').then((m) => ({ default: m.EvidenceScreen }))),
  proof: lazy(() => import('./screens/Proof').then((m) => ({ default: m.ProofScreen }))),
  reports: lazy(() => import('./screens/Reports').then((m) => ({ default: m.ReportsScreen }))),
  next: lazy(() => import('./screens/NextSteps').then((m) => ({ default: m.NextStepsScreen }))),
  timeline: lazy(() => import('./screens/Timeline').then((m) => ({ default: m.TimelineScreen }))),
  settings: lazy(() => import('./screens/Settings').then((m) => ({ default: m.SettingsScreen }))),
  details: lazy(() =>
    import('./screens/CaseDetails').then((m) => ({ default: m.CaseDetailsScreen })),
  ),
};

const NAV: { view: WorkspaceView; key: MessageKey }[] = [
  { view: 'home', key: 'ws.nav.home' },
  { view: 'evidence', key: 'ws.nav.evidence' },
  { view: 'proof', key: 'ws.nav.proof' },
  { view: 'reports', key: 'ws.nav.reports' },
  { view: 'next', key: 'ws.nav.next' },
  { view: 'timeline', key: 'ws.nav.timeline' },
  { view: 'settings', key: 'ws.nav.settings' },
];

export function App() {
  const lang = useVault(selectLang);
  const discreet = useVault(selectDiscreet);
  const unlocked = useVault((s) => !!s.status?.exists && s.status.unlocked);

  useEffect(() => {
    const stopHash = listenToHash();
    const stopChanges = listenToVaultChanges(() => void useCase.getState().refresh());
    void useVault.getState().hydrate();
    return () => {
      stopHash();
      stopChanges();
    };
  }, []);

  // The case list follows the lock: loaded when unlocked, dropped from memory when locked.
  useEffect(() => {
    if (unlocked) void useCase.getState().refresh();
    else {
      useCase.getState().clear();
      useVault.getState().dismissMerged();
    }
  }, [unlocked]);

  useTripleShift();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    setFavicon(discreet ? '/icon/discreet-32.png' : '/icon/32.png');
  }, [discreet]);

  return (
    <I18nProvider lang={lang}>
      <Shell />
    </I18nProvider>
  );
}

/** Shift pressed three times quickly, anywhere on the page: quick exit (GOV.UK pattern). */
function useTripleShift() {
  useEffect(() => {
    const detect = createTripleShiftDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      if (detect(event)) void quickExit();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

function setFavicon(href: string) {
  let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'icon';
    document.head.append(link);
  }
  link.href = href;
}

function Shell() {
  const { t } = useI18n();
  const status = useVault((s) => s.status);
  const error = useVault((s) => s.error);
  const discreet = useVault(selectDiscreet);
  const route = useRoute();
  const title = useCase((s) => s.current?.profile.title);
  const caseId = useCase((s) => s.currentId) ?? undefined;
  const mainRef = useRef<HTMLElement>(null);
  const shownView = useRef(route.view);

  useEffect(() => {
    document.title = discreet ? t('app.discreetName') : t('workspace.title');
  }, [discreet, t]);

  // After a navigation, move focus to the new content so screen readers start there.
  useEffect(() => {
    if (shownView.current === route.view) return;
    shownView.current = route.view;
    useVault.getState().dismissMerged();
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [route.view]);

  const unlocked = !!status?.exists && status.unlocked;
  const brand = discreet ? t('app.discreetName') : t('app.name');

  let content: ReactNode;
  if (error && !status) {
    content = (
      <div className="notice notice-error" role="alert">
        <p>{t('ws.unreachable', { message: error })}</p>
        <button type="button" onClick={() => void useVault.getState().hydrate()}>
          {t('ws.retry')}
        </button>
      </div>
    );
  } else if (!status) {
    content = <p className="muted">{t('common.loading')}</p>;
  } else if (route.view === 'help') {
    content = <HelpScreen />;
  } else if (!status.exists) {
    content = <OnboardingScreen />;
  } else if (!status.unlocked) {
    content = <UnlockScreen />;
  } else {
    content = <CaseContent />;
  }

  return (
    <div className={`shell${discreet ? ' shell-discreet' : ''}`}>
      <header className="shell-header">
        <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
          {t('ws.skipToContent')}
        </button>
        <div className="shell-bar">
          <p className="shell-brand">
            <span className="shell-name">{brand}</span>
            {unlocked && title && !discreet && (
              <span className="shell-case">{t('ws.header.case', { title })}</span>
            )}
            {unlocked && title && (
              <a
                className="shell-details"
                href={hrefFor('details', caseId)}
                aria-current={route.view === 'details' ? 'page' : undefined}
              >
                {t('case.details.open')}
              </a>
            )}
          </p>
          <div className="shell-actions">
            {unlocked && (
              <button type="button" onClick={() => void lock()}>
                {t('ws.lock')}
              </button>
            )}
            <a
              className="button primary"
              href={hrefFor('help', caseId)}
              aria-current={route.view === 'help' ? 'page' : undefined}
            >
              {t('help.getHelpNow')}
            </a>
            <QuickExitButton />
          </div>
        </div>
        {unlocked && (
          <nav aria-label={t('ws.nav.label')} className="shell-nav">
            <ul>
              {NAV.map(({ view, key }) => (
                <li key={view}>
                  <a
                    href={hrefFor(view, caseId)}
                    aria-current={route.view === view ? 'page' : undefined}
                  >
                    {t(key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="shell-main">
        <Banners />
        {unlocked && <UndoBar />}
        {content}
      </main>
    </div>
  );
}

async function lock() {
  try {
    useVault.getState().setStatus(await send('lock'));
  } finally {
    navigate('home');
  }
}

/** Messages about the vault itself: merged captures, a failed migration, a recovered record. */
function Banners() {
  const { t } = useI18n();
  const status = useVault((s) => s.status);
  const merged = useVault((s) => s.merged);
  const dismissMerged = useVault((s) => s.dismissMerged);
  return (
    <>
      {merged !== null && merged > 0 && (
        <div className="notice notice-ok" role="status">
          <p>
            {merged === 1 ? t('ws.capturesAddedOne') : t('ws.capturesAddedMany', { count: merged })}
          </p>
          <button type="button" onClick={dismissMerged}>
            {t('ws.dismiss')}
          </button>
        </div>
      )}
      {status?.migration && (
        <div className="notice notice-error" role="alert">
          <p>{t('ws.migrationFailed', { message: status.migration.message })}</p>
        </div>
      )}
      {status?.recoveredFromBackup && (
        <div className="notice" role="status">
          <p>{t('ws.recovered')}</p>
        </div>
      )}
    </>
  );
}

function CaseContent() {
  const { t } = useI18n();
  const route = useRoute();
  const caseError = useCase((s) => s.error);
  useEffect(() => {
    if (!route.known || route.view === 'onboarding') navigate('home');
  }, [route.known, route.view]);
  const Screen = screens[route.view] ?? screens.home;
  if (!Screen) return null;
  return (
    <>
      {!route.known && (
        <p className="notice" role="status">
          {t('ws.notFound')}
        </p>
      )}
      {caseError && (
        <div className="notice notice-error" role="alert">
          <p>{t('common.error', { message: caseError })}</p>
          <button type="button" onClick={() => void useCase.getState().refresh()}>
            {t('ws.retry')}
          </button>
        </div>
      )}
      <ErrorBoundary
        resetKey={route.view}
        fallback={(error, retry) => (
          <div className="notice notice-error" role="alert">
            <p>{t('ws.screenFailed', { message: error.message })}</p>
            <button type="button" onClick={retry}>
              {t('ws.retry')}
            </button>
          </div>
        )}
      >
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Screen />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}
