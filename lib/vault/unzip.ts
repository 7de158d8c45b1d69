import { Unzip, UnzipInflate } from 'fflate';

/**
 * Reading entries out of an untrusted ZIP without trusting anything it declares. A ZIP says how
 * big each entry will be; a zip bomb lies (10 bytes declared, a gigabyte inflated). So:
 * - only the entries asked for are ever inflated; every other entry is skipped unread;
 * - bytes are counted as they come out, per entry and in total, and reading stops at the first
 *   byte over a cap (the ZIP is fed in small slices, so one slice can't inflate to much);
 * - between slices the work yields to the event loop when it has run for a while, so a large
 *   import never holds the background (captures, unlock) for long.
 */
export type UnzipLimits = {
  /** Entries the ZIP may hold in all (listed ones or not). */
  maxEntries: number;
  /** Bytes inflated across every entry read. */
  maxTotalBytes: number;
  /** Compressed bytes fed per slice (default 16 KiB: at most ~16 MiB inflated per slice). */
  sliceBytes?: number;
  /** Yield to the event loop after this many milliseconds of work (default 20). */
  yieldAfterMs?: number;
};

/**
 * Why a ZIP was refused, for the caller to say in the person's language (lib/vault/import.ts):
 * `name` is the ZIP's own entry name — hostile text, escaped and shortened before it is shown.
 */
export type ZipRefusal =
  | { code: 'damaged' }
  | { code: 'too-many-entries'; max: number }
  | { code: 'twice'; name: string }
  | { code: 'too-much'; maxBytes: number }
  /** An asked-for entry over its cap: the message is the caller's own `tooBig`. */
  | { code: 'too-big'; name: string };

/** A ZIP that breaks a limit (`refusal` says which; the message is English, for logs) or can't be read. */
export class ZipLimitError extends Error {
  constructor(
    readonly refusal: ZipRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'ZipLimitError';
  }
}

export const DAMAGED_ZIP = 'The ZIP archive is damaged or cut short, so it can’t be read.';
const damaged = () => new ZipLimitError({ code: 'damaged' }, DAMAGED_ZIP);

const breather = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Inflate the entries named in `wanted` (name → most bytes it may inflate to, and the message
 * when it does). Entries not named are never inflated. Resolves with the bytes of each named
 * entry that is in the ZIP; throws ZipLimitError at the first excess or damage.
 */
export async function inflateEntries(
  zip: Uint8Array,
  wanted: ReadonlyMap<string, { cap: number; tooBig: string }>,
  limits: UnzipLimits,
): Promise<Map<string, Uint8Array>> {
  const sliceBytes = limits.sliceBytes ?? 16 * 1024;
  const yieldAfterMs = limits.yieldAfterMs ?? 20;
  const out = new Map<string, Uint8Array>();
  const open = new Set<string>();
  let entries = 0;
  let total = 0;
  let failure: ZipLimitError | null = null;
  const stop = (refusal: ZipRefusal, message: string) => {
    failure ??= new ZipLimitError(refusal, message);
  };
  const stopDamaged = () => {
    failure ??= damaged();
  };

  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.maxEntries) {
      const max = limits.maxEntries;
      return stop({ code: 'too-many-entries', max }, `The ZIP holds more than ${max} files.`);
    }
    const rule = wanted.get(file.name);
    if (!rule) return; // never started: its bytes pass by uninflated
    if (out.has(file.name) || open.has(file.name)) {
      return stop({ code: 'twice', name: file.name }, 'The ZIP holds one file twice.');
    }
    open.add(file.name);
    const parts: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return stopDamaged();
      size += chunk.length;
      total += chunk.length;
      if (size > rule.cap) {
        file.terminate();
        return stop({ code: 'too-big', name: file.name }, rule.tooBig);
      }
      if (total > limits.maxTotalBytes) {
        file.terminate();
        const maxBytes = limits.maxTotalBytes;
        return stop(
          { code: 'too-much', maxBytes },
          `The ZIP unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
        );
      }
      parts.push(chunk);
      if (final) {
        open.delete(file.name);
        out.set(file.name, join(parts, size));
      }
    };
    try {
      file.start();
    } catch {
      stopDamaged(); // a compression method Beacon never writes
    }
  });
  unzip.register(UnzipInflate);

  let since = performance.now();
  try {
    for (let at = 0; at < zip.length && !failure; at += sliceBytes) {
      const end = Math.min(at + sliceBytes, zip.length);
      unzip.push(zip.subarray(at, end), end === zip.length);
      if (performance.now() - since > yieldAfterMs) {
        await breather();
        since = performance.now();
      }
    }
  } catch {
    stopDamaged();
  }
  if (failure) throw failure;
  if (open.size > 0 || zip.length === 0) throw damaged();
  return out;
}

function join(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const whole = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
