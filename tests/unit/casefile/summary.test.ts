import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/casefile/summary';
import { fixedCase, NOW } from './fixture';

describe('summarize', () => {
  it('writes the English paragraph from the case alone', () => {
    expect(summarize(fixedCase, 'en', NOW)).toBe(
      'This case, “Photos of Emma shared on X”, was opened on 1 March 2026 by a parent or ' +
        'guardian. The person concerned was under 18 at the time of the events. The person ' +
        'concerned is being threatened with the sharing of images (sextortion). It records 3 ' +
        'evidence items, on X and Instagram. At the last check: 2 still online and 1 removed. ' +
        '2 reports were sent, to X and PHAROS. Outcome so far: 1 was refused and 1 has had no ' +
        'answer past its follow-up date. This summary describes the case as it stood on ' +
        '6 March 2026.',
    );
  });

  it('writes the French paragraph regardless of the UI language', () => {
    expect(summarize(fixedCase, 'fr', NOW)).toBe(
      'Ce dossier, « Photos of Emma shared on X », a été ouvert le 1 mars 2026 par un parent ' +
        'ou responsable légal. La personne concernée avait moins de 18 ans au moment des faits. ' +
        'La personne concernée est menacée de diffusion d’images (sextorsion). Il contient 3 ' +
        'éléments de preuve, sur X et Instagram. Lors de la dernière vérification : 2 toujours ' +
        'en ligne et 1 retiré. 2 signalements ont été envoyés, à X et PHAROS. Résultat à ce ' +
        'jour : 1 a été refusé et 1 est sans réponse après la date de relance. Ce résumé ' +
        'décrit le dossier tel qu’il était le 6 mars 2026.',
    );
  });

  it('is deterministic: same case, language and moment give the same text', () => {
    const copy = structuredClone(fixedCase);
    for (const lang of ['en', 'fr', 'es'] as const) {
      expect(summarize(copy, lang, new Date(NOW))).toBe(summarize(fixedCase, lang, NOW));
    }
  });

  it('counts a report as waiting until its follow-up date passes', () => {
    const before = new Date('2026-03-04T12:00:00.000Z');
    expect(summarize(fixedCase, 'en', before)).toContain(
      'Outcome so far: 1 was refused and 1 is waiting for an answer.',
    );
  });

  it('says when nothing is recorded yet, and uses the singular', () => {
    const empty = { ...fixedCase, evidence: [], reports: [] };
    const text = summarize(empty, 'en', NOW);
    expect(text).toContain('No evidence item has been recorded yet.');
    expect(text).toContain('No report has been sent yet.');
    expect(text).not.toContain('Outcome');
    const one = { ...fixedCase, evidence: fixedCase.evidence.slice(2), reports: [] };
    expect(summarize(one, 'en', NOW)).toContain(
      'It records 1 evidence item, on Instagram. At the last check: 1 still online.',
    );
    expect(summarize(one, 'es', NOW)).toContain('Contiene 1 prueba, en Instagram.');
  });

  it('dates the opening in the time zone it is given', () => {
    const late = { ...fixedCase, createdAt: '2026-02-28T23:30:00.000Z' };
    expect(summarize(late, 'en', NOW, 'UTC')).toContain('opened on 28 February 2026');
    expect(summarize(late, 'en', NOW, 'Europe/Paris')).toContain('opened on 1 March 2026');
  });
});
