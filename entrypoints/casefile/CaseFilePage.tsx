import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '@/components/send';
import { buildCaseFile, type CaseFileOptions, DEFAULT_OPTIONS } from '@/lib/casefile/layout';
import type { Scope } from '@/lib/casefile/select';
import { stepsFor } from '@/lib/casefile/steps';
import { isLang, LANG_NAMES, LANGS, type Lang, translator } from '@/lib/i18n';
import { dayIn } from '@/lib/i18n/dates';
import { isVaultChanged } from '@/lib/messaging/messages/vault';
import { platformName } from '@/lib/platforms/catalog';
import { CaseFileDocument } from './Document';
import { failureOf, type Loaded, type LoadFailure, loadCase, proofImage } from './load';

export type Paper = 'auto' | 'a4' | 'letter';
const PAPER_SIZE: Record<Paper, string> = { auto: 'auto', a4: 'A4', letter: 'letter' };

type Props = {
  caseId: string | null;
  uiLang: Lang;
  initialLang: Lang | null;
  initialPaper: Paper;
  timeZone: string;
};

export function CaseFilePage({ caseId, uiLang, initialLang, initialPaper, timeZone }: Props) {
  const t = useMemo(() => translator(uiLang), [uiLang]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<LoadFailure | null>(caseId ? null : 'no-case');
  const [now, setNow] = useState(() => new Date());
  const [lang, setLang] = useState<Lang | null>(initialLang);
  const [paper, setPaper] = useState<Paper>(initialPaper);
  const [scopeKind, setScopeKind] = useState<Scope['kind']>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const [redact, setRedact] = useState(DEFAULT_OPTIONS.redact);
  const [withProofImages, setWithProofImages] = useState(DEFAULT_OPTIONS.proofImages);
  const [images, setImages] = useState<ReadonlyMap<string, string>>(new Map());
  const [imageErrors, setImageErrors] = useState<string[]>([]);
  const [imagesPending, setImagesPending] = useState(false);

  const reload = useCallback(async () => {
    if (!caseId) return;
    try {
      const next = await loadCase(caseId);
      setLoaded(next);
      setNow(new Date());
      setFailure(null);
    } catch (err) {
      setFailure(failureOf(err));
    }
  }, [caseId]);

  useEffect(() => {
    void reload();
    const onMessage = (message: unknown) => {
      if (isVaultChanged(message) && (!message.caseId || message.caseId === caseId)) {
        void reload();
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [reload, caseId]);

  const outputLang: Lang = lang ?? loaded?.settings.lang ?? uiLang;
  const kase = loaded?.kase;

  // Defaults that need the case: the range spans the whole case, every item starts ticked.
  useEffect(() => {
    if (!kase) return;
    setFrom((f) => f || dayIn(kase.createdAt, timeZone));
    setTo((v) => v || dayIn(new Date(), timeZone));
    setPicked((p) => p ?? new Set(kase.evidence.map((e) => e.id)));
  }, [kase, timeZone]);

  const options: CaseFileOptions = useMemo(() => {
    const scope: Scope =
      scopeKind === 'range'
        ? { kind: 'range', from: from || undefined, to: to || undefined }
        : scopeKind === 'selected'
          ? { kind: 'selected', evidenceIds: [...(picked ?? [])] }
          : { kind: 'all' };
    return { scope, redact, proofImages: withProofImages, lang: outputLang };
  }, [scopeKind, from, to, picked, redact, withProofImages, outputLang]);

  const model = useMemo(() => {
    if (!loaded) return null;
    let steps: ReturnType<typeof stepsFor> = [];
    try {
      steps = stepsFor(loaded.kase, loaded.settings, now, outputLang, timeZone);
    } catch {
      // A failing suggestion engine must not stop the family printing their record.
      steps = [];
    }
    return buildCaseFile(loaded.kase, options, { now, timeZone, hash: loaded.hash, steps });
  }, [loaded, options, now, outputLang, timeZone]);

  // Identity document images: read only when the user asks, only for the listed documents.
  const wantedImages = useMemo(
    () => model?.proofs.rows.filter((p) => p.printImage).map((p) => p.id) ?? [],
    [model],
  );
  useEffect(() => {
    if (!caseId || wantedImages.length === 0) {
      setImagesPending(false);
      return;
    }
    let cancelled = false;
    setImagesPending(true);
    void (async () => {
      const found = new Map<string, string>();
      const errors: string[] = [];
      for (const id of wantedImages) {
        try {
          found.set(id, await proofImage(caseId, id));
        } catch (err) {
          const label = model?.proofs.rows.find((p) => p.id === id)?.label ?? id;
          errors.push(t('casefile.ui.proofUnreadable', { label, message: (err as Error).message }));
        }
      }
      if (!cancelled) {
        setImages(found);
        setImageErrors(errors);
        setImagesPending(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [caseId, wantedImages, model, t]);

  useEffect(() => {
    if (model) document.title = `${model.docTitle} — ${model.cover.title}`;
  }, [model]);

  if (failure) {
    const text =
      failure === 'no-case'
        ? t('casefile.ui.noCase')
        : failure === 'locked'
          ? t('casefile.ui.locked')
          : failure === 'not-found'
            ? t('casefile.ui.notFound')
            : t('common.error', { message: failure.message });
    return (
      <main className="casefile-page">
        <div className="problem" role="alert">
          <p>{text}</p>
          <p>
            <button type="button" onClick={() => void send('openWorkspace', { view: 'home' })}>
              {t('casefile.ui.openBeacon')}
            </button>
          </p>
        </div>
      </main>
    );
  }

  if (!model || !kase) {
    return (
      <main className="casefile-page">
        <p className="problem">{t('common.loading')}</p>
      </main>
    );
  }

  const shownImages = withProofImages ? images : new Map<string, string>();
  const ready = !imagesPending;

  return (
    <main className="casefile-page" data-ready={ready ? 'true' : 'false'}>
      <PageStyle
        paper={paper}
        header={`${model.docTitle} · ${kase.id}`}
        confidential={model.confidential}
      />
      <form
        className="options no-print"
        aria-label={t('casefile.ui.options')}
        // Enter in a field must not open the print dialog: only the button prints.
        onSubmit={(e) => e.preventDefault()}
      >
        <h1>{t('casefile.ui.options')}</h1>
        <div className="row">
          <fieldset>
            <legend>{t('casefile.ui.scope')}</legend>
            {(['all', 'range', 'selected'] as const).map((kind) => (
              <label key={kind} className="choice">
                <input
                  type="radio"
                  name="scope"
                  value={kind}
                  checked={scopeKind === kind}
                  onChange={() => setScopeKind(kind)}
                />
                {t(`casefile.ui.scope.${kind}`)}
              </label>
            ))}
            {scopeKind === 'range' && (
              <div className="range">
                <label>
                  {t('casefile.ui.from')}{' '}
                  <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
                </label>
                <label>
                  {t('casefile.ui.to')}{' '}
                  <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
                </label>
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('casefile.ui.privacy')}</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={redact}
                onChange={(e) => setRedact(e.target.checked)}
              />
              {t('casefile.ui.redact')}
            </label>
            <p className="hint">{t('casefile.ui.redactHint')}</p>
            {kase.proofs.some((p) => p.fileId) && (
              <label className="choice">
                <input
                  type="checkbox"
                  checked={withProofImages}
                  onChange={(e) => setWithProofImages(e.target.checked)}
                />
                {t('casefile.ui.proofImages')}
              </label>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('casefile.ui.lang')}</legend>
            <select
              aria-label={t('casefile.ui.lang')}
              value={outputLang}
              onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}
            >
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
            <label className="stack">
              {t('casefile.ui.paper')}
              <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                {(['auto', 'a4', 'letter'] as const).map((p) => (
                  <option key={p} value={p}>
                    {t(`casefile.ui.paper.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </div>
        {scopeKind === 'selected' && (
          <fieldset className="pick">
            <legend>{t('casefile.ui.pick', { count: picked?.size ?? 0 })}</legend>
            <p>
              <button
                type="button"
                onClick={() => setPicked(new Set(kase.evidence.map((e) => e.id)))}
              >
                {t('casefile.ui.pickAll')}
              </button>{' '}
              <button type="button" onClick={() => setPicked(new Set())}>
                {t('casefile.ui.pickNone')}
              </button>
            </p>
            <ul>
              {kase.evidence.map((e, i) => (
                <li key={e.id}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={picked?.has(e.id) ?? false}
                      onChange={(ev) => {
                        const next = new Set(picked ?? []);
                        if (ev.target.checked) next.add(e.id);
                        else next.delete(e.id);
                        setPicked(next);
                      }}
                    />
                    #{i + 1} {platformName(e.platform)} —{' '}
                    <span className="mono">{e.url ?? e.subject ?? e.id}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {imageErrors.map((m) => (
          <p key={m} className="problem" role="alert">
            {m}
          </p>
        ))}
        <p className="actions">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('casefile.ui.print')}
          </button>{' '}
          <span className="hint">{t('casefile.ui.printHint')}</span>
        </p>
      </form>
      <CaseFileDocument model={model} proofImages={shownImages} />
    </main>
  );
}

/**
 * The page box: size from the chooser, ~15 mm margins, running header and "n / N" page numbers
 * in the margin boxes (Chromium 131+ prints @page margin boxes).
 */
function PageStyle({
  paper,
  header,
  confidential,
}: {
  paper: Paper;
  header: string;
  confidential: string;
}) {
  const css = `@page {
  size: ${PAPER_SIZE[paper]};
  margin: 16mm 15mm 17mm 15mm;
  @top-left { content: ${cssString(header)}; font: 8pt system-ui, sans-serif; color: #555; }
  @top-right { content: ${cssString(confidential)}; font: 8pt system-ui, sans-serif; color: #555; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #333; }
}`;
  return <style>{css}</style>;
}

/** A CSS string literal: quotes and backslashes escaped, control characters dropped. */
function cssString(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
