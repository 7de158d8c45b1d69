import { fromBase64, toBase64 } from '@/lib/vault/bytes';

/**
 * Base64 for files crossing the message channel (which carries JSON, not binary). One
 * implementation, lib/vault/bytes (native fast paths, canonical-base64 check), under the names
 * the pages use.
 */
export { fromBase64 as base64ToBytes, toBase64 as bytesToBase64 };

/** Save bytes as a file through the browser's own download (no permission, no network). */
export function downloadFile(fileName: string, mime: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([fromBase64(base64)], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
