export declare const PARTS_DIR: string;
export declare function pct(values: readonly number[], p: number): number;
export type Figure = { id: string; label: string; value: number; unit: string; target?: number };
export declare function recorder(bench: string): {
  figure(figure: Figure): number;
  save(extra?: Record<string, unknown>): void;
};
