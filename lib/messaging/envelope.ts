/**
 * The wire shapes every context shares. Kept free of zod so the feed content script can import
 * the types without bundling a validator.
 */
export type Request<T extends string = string, D = unknown> = { beacon: 1; type: T; data: D };

export type ErrorCode =
  | 'bad-message'
  | 'unknown-type'
  | 'forbidden-sender'
  | 'invalid-data'
  | 'locked'
  | 'no-vault'
  | 'storage-full'
  | 'wrong-passphrase'
  | 'rate-limited'
  | 'not-found'
  | 'bad-import'
  | 'failed';

export type Failure = { ok: false; error: { code: ErrorCode; message: string } };
export type Success<D> = { ok: true; data: D };
export type Response<D = unknown> = Success<D> | Failure;

export function isResponse(value: unknown): value is Response {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ok' in value &&
    typeof (value as { ok: unknown }).ok === 'boolean'
  );
}

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}
