/**
 * A small passphrase strength estimate for the onboarding meter: no dictionary library, just
 * length, character variety, runs and sequences, and a list of very common passwords. It is a
 * guide for the person typing, not a security guarantee (the vault's KDF does the real work).
 */
export type StrengthTip =
  | 'too-short'
  | 'common'
  | 'repeated'
  | 'sequence'
  | 'add-words'
  | 'mix-characters';

export type Strength = {
  /** 0 very weak … 4 strong. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Rough guessing entropy in bits, after penalties. */
  bits: number;
  tips: StrengthTip[];
};

/** Minimum the vault accepts (lib/messaging/messages/vault.ts). */
export const MIN_PASSPHRASE_LENGTH = 8;

/** Very common passwords (English, French, Spanish), from public "most used" lists. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password',
  'passw0rd',
  'password1',
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '1234567890',
  '12345',
  '111111',
  '000000',
  '123123',
  '654321',
  '666666',
  '121212',
  '987654321',
  'qwerty',
  'qwertyuiop',
  'qwerty123',
  'azerty',
  'azertyuiop',
  'asdfgh',
  'qazwsx',
  'zaq12wsx',
  'abc123',
  'abcdef',
  'letmein',
  'welcome',
  'monkey',
  'dragon',
  'iloveyou',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'master',
  'shadow',
  'superman',
  'batman',
  'trustno1',
  'freedom',
  'whatever',
  'starwars',
  'secret',
  'hello',
  'login',
  'admin',
  'charlie',
  'michael',
  'jennifer',
  'loveme',
  'soleil',
  'motdepasse',
  'bonjour',
  'doudou',
  'chouchou',
  'contrasena',
  'contraseña',
  'teamo',
  'hola',
  'tequiero',
  'futbol',
]);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** The password without decoration: lower case, outer digits/symbols dropped, leetspeak undone. */
function core(passphrase: string): string[] {
  const lower = passphrase.toLowerCase().trim();
  const stripped = lower.replace(/^[^a-zà-ÿ]+|[^a-zà-ÿ]+$/g, '');
  const unleet = lower.replace(/[0134@$!5]/g, (c) => LEET[c] ?? c);
  return [lower, stripped, unleet, unleet.replace(/[^a-zà-ÿ]+$/g, '')];
}

function charsetSize(passphrase: string): number {
  let size = 0;
  if (/[a-z]/.test(passphrase)) size += 26;
  if (/[A-Z]/.test(passphrase)) size += 26;
  if (/[0-9]/.test(passphrase)) size += 10;
  if (/[^a-zA-Z0-9\s]/.test(passphrase)) size += 33;
  if (/\s/.test(passphrase)) size += 1;
  return Math.max(size, 1);
}

/**
 * Length that counts: a run of the same character or a straight sequence (abc, 4321) adds
 * little, so each run counts as two characters however long it is.
 */
function effectiveLength(passphrase: string): {
  length: number;
  repeated: boolean;
  sequence: boolean;
} {
  const chars = [...passphrase];
  let length = 0;
  let repeated = false;
  let sequence = false;
  let i = 0;
  while (i < chars.length) {
    let j = i + 1;
    const code = (k: number) => (chars[k] as string).codePointAt(0) as number;
    if (j < chars.length) {
      const step = code(j) - code(i);
      if (step === 0 || Math.abs(step) === 1) {
        while (j < chars.length && code(j) - code(j - 1) === step) j++;
      }
    }
    const run = j - i;
    if (run >= 3) {
      if (code(i + 1) === code(i)) repeated = true;
      else sequence = true;
      length += 2;
    } else {
      length += 1;
      j = i + 1;
    }
    i = j;
  }
  return { length, repeated, sequence };
}

export function estimateStrength(passphrase: string): Strength {
  const tips: StrengthTip[] = [];
  const length = [...passphrase].length;
  if (length === 0) return { score: 0, bits: 0, tips: ['too-short'] };

  if (core(passphrase).some((c) => COMMON_PASSWORDS.has(c))) {
    return { score: 0, bits: 0, tips: ['common'] };
  }

  const eff = effectiveLength(passphrase);
  if (eff.repeated) tips.push('repeated');
  if (eff.sequence) tips.push('sequence');

  // Several real words are worth more than their letters suggest to a person, and about as
  // much as ~11 bits each to an attacker using a word list: count the better of the two.
  const words = passphrase.split(/[\s\-_.]+/).filter((w) => /\p{L}{3,}/u.test(w)).length;
  const charBits = eff.length * Math.log2(charsetSize(passphrase));
  const wordBits = words >= 3 ? words * 11 + (length - words * 4) * 1.5 : 0;
  const bits = Math.round(Math.max(charBits, wordBits));

  let score: Strength['score'] = bits < 28 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4;
  if (length < MIN_PASSPHRASE_LENGTH) {
    tips.unshift('too-short');
    score = 0;
  }
  if (score < 3) {
    if (words < 3) tips.push('add-words');
    if (charsetSize(passphrase) <= 26 && words < 3) tips.push('mix-characters');
  }
  return { score, bits, tips };
}
