import { checkedBefore, rememberChecked } from './checked';
import type { Failure, Response } from './envelope';
import { MessageError } from './envelope';
import {
  type MessageType,
  type ParsedRequestOf,
  type Protocol,
  protocol,
  type ResponseOf,
  type Sender,
} from './protocol';
import { classifySender, type SenderEnv, type SenderInfo } from './sender';

export type HandlerContext = { sender: Sender; info: SenderInfo };

export type Handler<T extends MessageType> = (
  data: ParsedRequestOf<T>,
  ctx: HandlerContext,
) => Promise<ResponseOf<T>> | ResponseOf<T>;

export type Handlers = { [T in MessageType]?: Handler<T> };

const fail = (code: Failure['error']['code'], message: string): Failure => ({
  ok: false,
  error: { code, message },
});

/**
 * Answers whose object is never edited once handed out, so one check per object is enough
 * (./checked): the vault replaces a case object on every change (ops return a new case), and
 * marks the cases it parsed on opening. Checking a case of 10,000 items against the schema
 * again on every getCase was 200–500 ms of opening it.
 */
const CHECK_ONCE: ReadonlySet<MessageType> = new Set<MessageType>(['getCase']);

/**
 * The background's single entry for messages. Every path returns a Response: a malformed or
 * forbidden message gets a clear error, and a throwing handler can't take the worker down.
 */
export function createRouter(handlers: Handlers, env: SenderEnv, spec: Protocol = protocol) {
  const checkAnswer = (type: MessageType, result: unknown) => {
    const schema = spec[type].response;
    const once = CHECK_ONCE.has(type) && typeof result === 'object' && result !== null;
    const known = once ? checkedBefore(schema, result) : undefined;
    if (known) return { success: true as const, data: known.data };
    const checked = schema.safeParse(result);
    if (once && checked.success) rememberChecked(schema, result, checked.data);
    return checked;
  };
  return async function dispatch(message: unknown, info: SenderInfo): Promise<Response> {
    if (
      typeof message !== 'object' ||
      message === null ||
      (message as { beacon?: unknown }).beacon !== 1 ||
      typeof (message as { type?: unknown }).type !== 'string'
    ) {
      return fail('bad-message', 'Not a Beacon message.');
    }
    const { type, data } = message as { type: string; data: unknown };
    if (!Object.hasOwn(spec, type)) return fail('unknown-type', `Unknown message "${type}".`);
    const entry = spec[type as MessageType];
    const sender = classifySender(info, env);
    if (!sender || !(entry.from as readonly string[]).includes(sender)) {
      return fail('forbidden-sender', `"${type}" is not accepted from this sender.`);
    }
    const parsed = entry.request.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return fail('invalid-data', `"${type}" has invalid data${where}: ${issue?.message ?? ''}`);
    }
    const handler = handlers[type as MessageType] as Handler<MessageType> | undefined;
    if (!handler) return fail('unknown-type', `No handler for "${type}".`);
    try {
      const result = await handler(parsed.data as never, { sender, info });
      const checked = checkAnswer(type as MessageType, result);
      if (!checked.success) return fail('failed', `"${type}" produced an invalid answer.`);
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof MessageError) return fail(error.code, error.message);
      const text = error instanceof Error ? error.message : String(error);
      return fail('failed', text);
    }
  };
}
