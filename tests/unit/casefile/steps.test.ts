import { describe, expect, it } from 'vitest';
import { Settings } from '@/lib/case/model';
import { stepsFor } from '@/lib/casefile/steps';
import { byId } from '@/lib/directory';
import { nextSteps } from '@/lib/escalation';
import { fixedCase, NOW } from './fixture';

const settings = Settings.parse({ lang: 'en', country: 'FR' });

describe('stepsFor', () => {
  it('writes every proposed step with its kind, its service and its reason', () => {
    const raw = nextSteps(fixedCase, settings, NOW);
    const steps = stepsFor(fixedCase, settings, NOW, 'en', 'UTC');
    expect(raw.length).toBeGreaterThan(0);
    expect(steps.map((s) => s.id)).toEqual(raw.map((s) => s.id));
    steps.forEach((step, i) => {
      const source = raw[i]!;
      const name = source.target ? byId(source.target)?.name : undefined;
      if (name) expect(step.title.endsWith(`: ${name}`)).toBe(true);
      else expect(step.title).not.toContain(':');
      expect(step.title).not.toMatch(/casefile\.|\{\w+\}/);
      expect(step.why.trim().length).toBeGreaterThan(0);
      expect(step.why).not.toMatch(/\{\w+\}/);
      expect(step.urgency).toBe(source.urgency);
      expect(step.done).toBe(source.done);
    });
  });

  it('never writes the name of the person concerned', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const text = JSON.stringify(stepsFor(fixedCase, settings, NOW, lang, 'Europe/Paris'));
      expect(text).not.toContain('Emma');
      expect(text).not.toContain('Claire');
    }
  });

  it('uses the output language, not the settings language', () => {
    const fr = stepsFor(fixedCase, settings, NOW, 'fr', 'UTC');
    const en = stepsFor(fixedCase, settings, NOW, 'en', 'UTC');
    expect(fr.map((s) => s.id)).toEqual(en.map((s) => s.id));
    expect(fr.map((s) => s.why)).not.toEqual(en.map((s) => s.why));
    // French puts a space before the colon.
    const named = fr.find((s) => s.title.includes(':'));
    if (named) expect(named.title).toMatch(/ : /);
  });
});
