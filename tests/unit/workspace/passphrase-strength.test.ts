import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS, estimateStrength } from '@/lib/ui/passphrase-strength';

describe('passphrase strength estimate', () => {
  it('rates an empty or short passphrase as very weak and says why', () => {
    expect(estimateStrength('')).toMatchObject({ score: 0, tips: ['too-short'] });
    const short = estimateStrength('Zq7!x');
    expect(short.score).toBe(0);
    expect(short.tips[0]).toBe('too-short');
  });

  it('rates common passwords as very weak, even decorated', () => {
    for (const pw of [
      'password',
      'Password1',
      'P@ssw0rd',
      'qwerty123',
      'motdepasse!',
      'Iloveyou2024',
    ]) {
      expect(estimateStrength(pw), pw).toMatchObject({ score: 0, tips: ['common'] });
    }
  });

  it('has a list of about fifty common passwords in the three languages', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(50);
    expect(COMMON_PASSWORDS.has('azerty')).toBe(true);
    expect(COMMON_PASSWORDS.has('contraseña')).toBe(true);
  });

  it('sees runs and sequences for what they are', () => {
    const repeated = estimateStrength('aaaaaaaaaaaa');
    expect(repeated.score).toBe(0);
    expect(repeated.tips).toContain('repeated');
    const sequence = estimateStrength('abcdefghijkl');
    expect(sequence.score).toBe(0);
    expect(sequence.tips).toContain('sequence');
  });

  it('rates eight lower-case letters as weak and asks for more', () => {
    // 8 × log2(26) ≈ 37.6 bits: above "very weak" (< 28), below "fair" (40).
    const result = estimateStrength('mkqzrtbw');
    expect(result.bits).toBe(38);
    expect(result.score).toBe(1);
    expect(result.tips).toEqual(expect.arrayContaining(['add-words', 'mix-characters']));
  });

  it('rates four unrelated words as strong', () => {
    const result = estimateStrength('violet harbour pencil thunder');
    expect(result.score).toBe(4);
    expect(result.tips).toEqual([]);
  });

  it('gets stronger with length and variety, never weaker', () => {
    const steps = ['mkqzrtbw', 'mkqzrtbwX', 'mkqzrtbwX7', 'mkqzrtbwX7!', 'mkqzrtbwX7!pv'];
    const scores = steps.map((s) => estimateStrength(s).bits);
    for (let i = 1; i < scores.length; i++) {
      expect(scores[i]).toBeGreaterThan(scores[i - 1] as number);
    }
    expect(estimateStrength('mkqzrtbwX7!pv').score).toBeGreaterThanOrEqual(3);
  });
});
