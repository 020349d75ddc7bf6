// Keeps the audience window and the presenter window on the same slide, with no server: a BroadcastChannel between
// windows of the same origin, and postMessage between a window and the one it opened (or that opened it), which also
// works where a BroadcastChannel does not reach (pages opened from file://, whose origin is opaque). A position can
// arrive twice, once by each path, and the second copy late: every position carries when it was sent, and one older
// than the newest position this window has sent or taken is dropped (a stale copy would move the deck back).
//
// Trust: a window message is taken only from this window's own origin and from its own windows (the one that opened
// it, the ones it opened); any other page that holds a reference to it is ignored. A stamp from the future is ignored
// too: a forged far-future time would otherwise outrank every real position and freeze the deck.
import { systemClock, type Clock } from "./clock.js";
import type { Position } from "./deck-model.js";

const CHANNEL = "gpt-scaling-talk";
/** How far ahead of this window's clock a stamp may be, in ms: windows on one machine share the clock to within a few. */
export const MAX_CLOCK_SKEW = 1000;

type DeckMessage =
  { deck: typeof CHANNEL; type: "position"; position: Position; at: number } | { deck: typeof CHANNEL; type: "hello" };

export interface DeckLink {
  /** Tells the other windows where this one is. */
  send(position: Position): void;
  /** Asks the other windows where they are (a window that opens, or reloads, joins the talk where it is). */
  hello(): void;
  /** Links a window this one opened. */
  adopt(other: Window): void;
  close(): void;
}

export interface DeckLinkOptions {
  /** Stamps positions and judges received stamps (the system clock by default). */
  clock?: Clock;
}

export function isDeckMessage(data: unknown): data is DeckMessage {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Partial<DeckMessage> & { position?: Partial<Position> };
  if (message.deck !== CHANNEL) return false;
  if (message.type === "hello") return true;
  return (
    message.type === "position" &&
    Number.isFinite(message.position?.slide) &&
    Number.isFinite(message.position?.step) &&
    Number.isFinite((message as { at?: unknown }).at)
  );
}

/** A window message this window takes: from its own origin ("null" from file://, on both sides) and one of its windows. */
export function fromOwnWindow(
  event: { origin: string; source: unknown },
  own: { origin: string; windows: ReadonlySet<unknown> }
): boolean {
  return event.origin === own.origin && event.source !== null && own.windows.has(event.source);
}

/** A position stamped `at` is taken when it is newer than the latest taken or sent, and not from the future. */
export const freshStamp = (at: number, latest: number, now: number) => at > latest && at <= now + MAX_CLOCK_SKEW;

/** The target origin of a window message: this origin, or "*" where it is opaque (file://), which no origin can name. */
export const targetOrigin = (origin: string) => (origin === "null" ? "*" : origin);

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
  } catch {
    return null; // Some browsers refuse a channel on an opaque origin.
  }
}

export function createDeckLink(
  handlers: { onPosition: (position: Position) => void; onHello: () => void },
  { clock = systemClock }: DeckLinkOptions = {}
): DeckLink {
  const channel = openChannel();
  const windows = new Set<Window>();
  if (typeof window !== "undefined" && window.opener) windows.add(window.opener as Window);

  let latest = 0;
  const receive = (data: unknown) => {
    if (!isDeckMessage(data)) return;
    if (data.type === "hello") return handlers.onHello();
    if (!freshStamp(data.at, latest, clock())) return;
    latest = data.at;
    handlers.onPosition(data.position);
  };
  const onChannel = (event: MessageEvent) => receive(event.data);
  const onWindow = (event: MessageEvent) => {
    if (fromOwnWindow(event, { origin: location.origin, windows })) receive(event.data);
  };
  channel?.addEventListener("message", onChannel);
  addEventListener("message", onWindow);

  const post = (message: DeckMessage) => {
    channel?.postMessage(message);
    for (const other of windows) {
      if (other.closed) windows.delete(other);
      else other.postMessage(message, targetOrigin(location.origin));
    }
  };
  return {
    send: (position) => {
      latest = clock();
      post({ deck: CHANNEL, type: "position", position: { slide: position.slide, step: position.step }, at: latest });
    },
    hello: () => post({ deck: CHANNEL, type: "hello" }),
    adopt: (other) => void windows.add(other),
    close() {
      channel?.removeEventListener("message", onChannel);
      channel?.close();
      removeEventListener("message", onWindow);
      windows.clear();
    }
  };
}
