/**
 * The quick-exit key: Shift pressed three times in a row within a short time (the GOV.UK
 * "Exit this page" pattern). Any other key in between starts the count again, so typing capital
 * letters ("Shift+A … Shift+B") never triggers it, and a held Shift (auto-repeat) counts once.
 */
export type KeyPress = { key: string; repeat?: boolean; timeStamp: number };

export function createTripleShiftDetector(opts: { presses?: number; withinMs?: number } = {}) {
  const presses = opts.presses ?? 3;
  const withinMs = opts.withinMs ?? 1500;
  let times: number[] = [];

  /** Feed every keydown; returns true on the press that completes the sequence. */
  return function onKeyDown(event: KeyPress): boolean {
    if (event.key !== 'Shift') {
      times = [];
      return false;
    }
    if (event.repeat) return false;
    times = [...times.filter((t) => event.timeStamp - t <= withinMs), event.timeStamp];
    if (times.length >= presses && event.timeStamp - (times[0] as number) <= withinMs) {
      times = [];
      return true;
    }
    return false;
  };
}
