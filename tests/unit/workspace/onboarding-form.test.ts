import { describe, expect, it } from 'vitest';
import { OnboardingForm } from '@/entrypoints/workspace/screens/Onboarding';

const filled = {
  country: 'US',
  lang: 'en',
  role: 'parent',
  ageAtTime: 'minor',
  sextortion: 'no',
  danger: 'no',
  passphrase: 'quiet meadow copper lantern',
  confirm: 'quiet meadow copper lantern',
  acknowledged: true,
};

describe('onboarding form schema', () => {
  it('accepts a complete form', () => {
    expect(OnboardingForm.safeParse(filled).success).toBe(true);
  });

  it('names every problem at once, each as a catalog key on its field', () => {
    const result = OnboardingForm.safeParse({
      ...filled,
      role: undefined,
      confirm: 'something else',
      acknowledged: false,
    });
    const issues = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(issues).toEqual({
      role: 'ob.err.choose',
      confirm: 'ob.err.mismatch',
      acknowledged: 'ob.err.ack',
    });
  });

  it('wants at least 8 characters and a country code', () => {
    const result = OnboardingForm.safeParse({
      ...filled,
      passphrase: 'short',
      confirm: 'short',
      country: '',
    });
    const paths = (result.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);
    expect(paths.sort()).toEqual(['country:ob.err.choose', 'passphrase:ob.err.short']);
  });
});
