import { type BackgroundKey, backgroundText, type Lang } from '../i18n/background';
import { type ErrorCode, MessageError } from '../messaging/envelope';

/**
 * A vault refusal a person reads (locked, no such case, a capture already gone): a MessageError
 * in English, as every module and test sees it, that also carries its catalog key. The service
 * (service.ts `translated`) says it again in the vault's language before it leaves the worker,
 * so a French or Spanish screen that shows an error's message never shows these in English.
 */
export class VaultRefusal extends MessageError {
  constructor(
    code: ErrorCode,
    readonly key: BackgroundKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code, backgroundText('en', key, params));
  }
}

/** The refusal in `lang`, with its code (callers decide by code, people read the words). */
export function refusalIn(error: VaultRefusal, lang: Lang): MessageError {
  return new MessageError(error.code, backgroundText(lang, error.key, error.params));
}
