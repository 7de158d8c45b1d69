/** What happened after a save, where screen readers hear it: an alert when it failed. */
export type OutcomeValue = { ok: boolean; text: string } | null;

export function Outcome({ outcome }: { outcome: OutcomeValue }) {
  return (
    <p
      role={outcome && !outcome.ok ? 'alert' : 'status'}
      className={outcome ? (outcome.ok ? 'outcome-ok' : 'field-error') : 'outcome-empty'}
    >
      {outcome?.text}
    </p>
  );
}
