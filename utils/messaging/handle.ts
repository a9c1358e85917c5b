/**
 * Background side of the protocol: registers handlers and validates every incoming payload before a handler runs.
 * A bad payload is rejected with an error naming the call and the field, which the caller receives as a rejection.
 */
import type * as z from 'zod/mini';
import { formatPath } from '../exposure/kinds';
import { payloadSchemas } from './payloads';
import { type BackgroundCall, contentPayloadSchemas, type MessageName, onMessage, type ProtocolMap } from './protocol';

const ALL_SCHEMAS: Readonly<Record<string, z.ZodMiniType>> = { ...payloadSchemas, ...contentPayloadSchemas };

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

type Handler<K extends MessageName> = (
  data: Parameters<ProtocolMap[K]>[0],
  sender: chrome.runtime.MessageSender,
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/** One handler per call the background answers. */
export type Handlers = { [K in BackgroundCall]: Handler<K> };

/** Checks `data` against the call's schema; returns the parsed payload or throws {@link InvalidMessageError}. */
export function validatePayload<K extends MessageName>(name: K, data: unknown): Parameters<ProtocolMap[K]>[0] {
  const schema = Object.hasOwn(ALL_SCHEMAS, name) ? ALL_SCHEMAS[name] : undefined;
  if (!schema) throw new InvalidMessageError(`Unknown message "${String(name)}"`);
  const result = schema.safeParse(data);
  if (!result.success) {
    const detail = result.error.issues.map(
      (i) => `data${i.path.length ? '.' : ''}${i.path.length ? formatPath(i.path) : ''}: ${i.message}`,
    );
    throw new InvalidMessageError(`Invalid payload for "${name}": ${detail.join('; ')}`);
  }
  return result.data as Parameters<ProtocolMap[K]>[0];
}

/** Registers every handler; returns a function that removes them all. */
export function registerHandlers(handlers: Handlers): () => void {
  const removers = (Object.keys(handlers) as BackgroundCall[]).map((name) =>
    onMessage(name, (message) =>
      // biome-ignore lint/suspicious/noExplicitAny: the mapped type cannot be narrowed per key inside the loop
      (handlers[name] as Handler<any>)(validatePayload(name, message.data), message.sender),
    ),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
