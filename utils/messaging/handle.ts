/**
 * Background side of the protocol: registers handlers, checks who sent each message, and validates every incoming
 * payload before a handler runs. A refused sender or a bad payload is rejected with an error naming the call (and the
 * field), which the caller receives as a rejection.
 *
 * Senders: a content script runs beside untrusted pages (a compromised renderer can run code in its world), so it
 * may make only the calls in {@link CONTENT_SCRIPT_CALLS}; every other call is answered only to GeoLens's own pages
 * (popup, options), told apart by URL, never by tab (options opened in a tab has one too). Other extensions are
 * refused everything.
 */
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { formatPath } from '../exposure/kinds';
import { contentPayloadSchemas, payloadSchemas } from './payloads';
import { type BackgroundCall, type MessageName, onMessage, type ProtocolMap } from './protocol';

const ALL_SCHEMAS: Readonly<Record<string, z.ZodMiniType>> = { ...payloadSchemas, ...contentPayloadSchemas };

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** The sender may not make this call. */
export class ForbiddenSenderError extends Error {
  override name = 'ForbiddenSenderError';
}

/**
 * The calls a content script may make: what a web page's card and scan need (start-content.ts: the dictionary and
 * the mentions report; card-controller.ts: the card's lookup and its watchlist button). Any call not listed here,
 * including every call added later, is answered only to GeoLens's own pages.
 */
export const CONTENT_SCRIPT_CALLS: ReadonlySet<BackgroundCall> = new Set<BackgroundCall>([
  'getDictionary',
  'lookupEntity',
  'addToWatchlist',
  'removeFromWatchlist',
  'reportPageMentions',
  'loadSignalsEngine',
  'loadCardUi',
]);

/** This extension as senders name it: its id and the base URL of its pages (`chrome-extension://<id>/`). */
export interface OwnExtension {
  id: string;
  baseUrl: string;
}

export type SenderKind = 'extension-page' | 'content-script' | 'other-extension';

function ownExtension(): OwnExtension {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}

/** Whether `url` is one of this extension's own pages (chrome-extension://<id>/…, moz-extension://<uuid>/…). */
function isOwnPageUrl(url: string | undefined, own: OwnExtension): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    const base = new URL(own.baseUrl);
    // Compared by scheme and host: `URL.origin` is "null" for moz-extension:// in some engines.
    return u.protocol === base.protocol && u.host === base.host && u.host !== '';
  } catch {
    return false;
  }
}

/**
 * Who sent a message. Anything of this extension that is not one of its pages counts as a content script (the least
 * trusted kind): a content script's `sender.url` is the web page's.
 */
export function senderKind(sender: chrome.runtime.MessageSender, own: OwnExtension = ownExtension()): SenderKind {
  if (!sender.id || sender.id !== own.id) return 'other-extension';
  return isOwnPageUrl(sender.url, own) ? 'extension-page' : 'content-script';
}

/** Throws {@link ForbiddenSenderError} unless `sender` may make the call `name`. */
export function checkSender(
  name: MessageName,
  sender: chrome.runtime.MessageSender,
  own: OwnExtension = ownExtension(),
): SenderKind {
  const kind = senderKind(sender, own);
  if (kind === 'other-extension') {
    throw new ForbiddenSenderError(`"${name}" refused: GeoLens answers no other extension`);
  }
  if (kind === 'content-script' && !CONTENT_SCRIPT_CALLS.has(name as BackgroundCall)) {
    throw new ForbiddenSenderError(
      `"${name}" refused: it is answered only to GeoLens's own pages (popup, options), not to a content script`,
    );
  }
  return kind;
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

/**
 * Registers every handler; returns a function that removes them all. Each message's sender is checked
 * ({@link checkSender}) before its payload, so a refused caller learns nothing about the payload either.
 */
export function registerHandlers(handlers: Handlers, own: OwnExtension = ownExtension()): () => void {
  const removers = (Object.keys(handlers) as BackgroundCall[]).map((name) =>
    onMessage(name, (message) => {
      checkSender(name, message.sender, own);
      // biome-ignore lint/suspicious/noExplicitAny: the mapped type cannot be narrowed per key inside the loop
      return (handlers[name] as Handler<any>)(validatePayload(name, message.data), message.sender);
    }),
  );
  return () => {
    for (const remove of removers) remove();
  };
}
