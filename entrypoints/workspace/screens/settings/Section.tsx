import { type ReactNode, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Settings } from '@/lib/case/model';
import { useVault } from '../../stores/vault';

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

export function Section({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card settings-section ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A polite "Saved." or a clear failure after an action. */
export { Outcome } from '@/components/Outcome';

export function useSaver() {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(patch: Partial<Settings>) {
    try {
      await useVault.getState().updateSettings(patch);
      setOutcome({ ok: true, text: t('settings.saved') });
    } catch (error) {
      setOutcome({ ok: false, text: t('settings.failed', { message: messageOf(error) }) });
    }
  }
  return { outcome, save, setOutcome };
}
