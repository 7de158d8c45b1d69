import { isResponse, MessageError, type Request } from './envelope';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

/** How a context hands a message to the background (browser.runtime.sendMessage at the edge). */
export type Transport = (message: Request) => Promise<unknown>;

/**
 * Typed sender for extension pages and the content script. Import-only types from the protocol,
 * so the content script bundles no zod. Errors come back as MessageError with a code.
 */
export function createClient(transport: Transport) {
  return async function send<T extends MessageType>(
    type: T,
    ...[data]: undefined extends RequestOf<T> ? [RequestOf<T>?] : [RequestOf<T>]
  ): Promise<ResponseOf<T>> {
    const answer = await transport({ beacon: 1, type, data });
    if (!isResponse(answer)) throw new MessageError('failed', 'No answer from Beacon.');
    if (!answer.ok) throw new MessageError(answer.error.code, answer.error.message);
    return answer.data as ResponseOf<T>;
  };
}

export type Send = ReturnType<typeof createClient>;
