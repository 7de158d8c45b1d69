import { create } from 'zustand';

/**
 * Hand-offs between casework screens that don't belong in the address: what a new report is
 * about ("Log a report about this" on an evidence item, "I have sent it" on a next step). Kept
 * in memory only.
 */
export type ReportStart = {
  evidenceIds: string[];
  /** Directory entry the report goes to (a next step's target). */
  target?: string;
  /** The earlier report this one cites (appeal, re-report, legal notice). */
  follows?: string;
  /** Text prepared for it (a notice). */
  whatWasSent?: string;
};

type Handoff = {
  report: ReportStart | null;
  startReport(start: ReportStart): void;
  takeReport(): ReportStart | null;
};

export const useHandoff = create<Handoff>((set, get) => ({
  report: null,
  startReport: (report) => set({ report }),
  takeReport: () => {
    const report = get().report;
    set({ report: null });
    return report;
  },
}));
