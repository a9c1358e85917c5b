/**
 * Background side of the protocol: registers handlers and validates every incoming payload before a handler runs.
 * A bad payload is rejected with an error naming the call and the field, which the caller receives as a rejection.
 */
import { formatPath } from '../exposure/schema';
import { type MessageName, onMessage, type ProtocolMap, payloadSchemas } from './protocol';

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

type Handler<K extends MessageName> = (
  data: Parameters<ProtocolMap[K]>[0],
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

export type Handlers = { [K in MessageName]: Handler<K> };

/** Checks `data` against the call's schema; returns the parsed payload or throws {@link InvalidMessageError}. */
export function validatePayload<K extends MessageName>(name: K, data: unknown): Parameters<ProtocolMap[K]>[0] {
  const schema = payloadSchemas[name];
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
  const removers = (Object.keys(handlers) as MessageName[]).map((name) =>
    // biome-ignore lint/suspicious/noExplicitAny: the mapped type cannot be narrowed per key inside the loop
    onMessage(name, (message) => (handlers[name] as Handler<any>)(validatePayload(name, message.data))),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
