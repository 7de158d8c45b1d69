/**
 * JSON from a file someone hands over: depth is checked before parsing (a deeply nested text can
 * exhaust the stack), and keys that could reach an object's prototype are refused anywhere.
 */
export const MAX_JSON_DEPTH = 64;
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeJsonError';
  }
}

export function parseJsonSafely(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  checkDepth(text, maxDepth);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new UnsafeJsonError(`it is not valid JSON (${detail || 'cut short or damaged'})`);
  }
  checkKeys(value);
  return value;
}

function checkDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > maxDepth) {
        throw new UnsafeJsonError(`it is nested more than ${maxDepth} levels deep`);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}

type Frame = { value: unknown; key: string; parent: Frame | null };

function pathOf(frame: Frame): string {
  const parts: string[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) parts.push(f.key);
  return parts.reverse().join('.') || '(top)';
}

function checkKeys(root: unknown): void {
  const stack: Frame[] = [{ value: root, key: '', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value } = frame;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        stack.push({ value: value[i], key: String(i), parent: frame });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const where = pathOf(frame);
        throw new UnsafeJsonError(
          `it contains a key named "${key}"${where === '(top)' ? '' : ` in ${where}`}, which Beacon never writes and refuses to read`,
        );
      }
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: frame });
    }
  }
}
