import { describe, expect, it } from 'vitest';
import { createTripleShiftDetector } from '@/lib/ui/triple-shift';

const shift = (timeStamp: number, repeat = false) => ({ key: 'Shift', timeStamp, repeat });
const key = (k: string, timeStamp: number) => ({ key: k, timeStamp });

describe('triple Shift detector (quick exit)', () => {
  it('fires on the third Shift press within 1.5 s', () => {
    const detect = createTripleShiftDetector();
    expect(detect(shift(0))).toBe(false);
    expect(detect(shift(300))).toBe(false);
    expect(detect(shift(600))).toBe(true);
  });

  it('does not fire when the three presses span more than 1.5 s', () => {
    const detect = createTripleShiftDetector();
    detect(shift(0));
    detect(shift(800));
    expect(detect(shift(1600))).toBe(false);
    // …but the last two plus a quick third do.
    expect(detect(shift(1900))).toBe(true);
  });

  it('ignores auto-repeat of a held Shift', () => {
    const detect = createTripleShiftDetector();
    detect(shift(0));
    expect(detect(shift(30, true))).toBe(false);
    expect(detect(shift(60, true))).toBe(false);
    expect(detect(shift(90, true))).toBe(false);
    expect(detect(shift(400))).toBe(false);
    expect(detect(shift(700))).toBe(true);
  });

  it('starts again after any other key, so typing capitals never triggers it', () => {
    const detect = createTripleShiftDetector();
    // "AbCdE" typed with a separate Shift press for each capital.
    const typed = [shift(0), key('A', 50), key('b', 150), shift(250), key('C', 300), key('d', 400)];
    for (const event of typed) expect(detect(event)).toBe(false);
    expect(detect(shift(500))).toBe(false);
    expect(detect(key('E', 550))).toBe(false);
  });

  it('resets after firing: a fourth press does not fire again', () => {
    const detect = createTripleShiftDetector();
    detect(shift(0));
    detect(shift(100));
    expect(detect(shift(200))).toBe(true);
    expect(detect(shift(300))).toBe(false);
  });

  it('takes a custom count and window', () => {
    const detect = createTripleShiftDetector({ presses: 2, withinMs: 500 });
    detect(shift(0));
    expect(detect(shift(600))).toBe(false);
    expect(detect(shift(900))).toBe(true);
  });
});
