// Keeps the audience window and the presenter window on the same slide, with no server: a BroadcastChannel between
// windows of the same origin, and postMessage between a window and the one it opened (or that opened it), which also
// works where a BroadcastChannel does not reach (pages opened from file://, whose origin is opaque). A position can
// arrive twice, once by each path, and the second copy late: every position carries when it was sent, and one older
// than the newest position this window has sent or taken is dropped (a stale copy would move the deck back).
import type { Position } from "./deck.js";

const CHANNEL = "gpt-scaling-talk";

type DeckMessage =
  { deck: typeof CHANNEL; type: "position"; position: Position; at: number } | { deck: typeof CHANNEL; type: "hello" };

/** Milliseconds since the epoch, finer than Date.now(): windows on one machine share the clock. */
const now = () => performance.timeOrigin + performance.now();

export interface DeckLink {
  /** Tells the other windows where this one is. */
  send(position: Position): void;
  /** Asks the other windows where they are (a window that opens, or reloads, joins the talk where it is). */
  hello(): void;
  /** Links a window this one opened. */
  adopt(other: Window): void;
  close(): void;
}

function isDeckMessage(data: unknown): data is DeckMessage {
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

export function createDeckLink(handlers: { onPosition: (position: Position) => void; onHello: () => void }): DeckLink {
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
  } catch {
    channel = null; // Some browsers refuse a channel on an opaque origin.
  }
  const windows = new Set<Window>();
  if (typeof window !== "undefined" && window.opener) windows.add(window.opener as Window);

  let latest = 0;
  const receive = (data: unknown) => {
    if (!isDeckMessage(data)) return;
    if (data.type === "hello") return handlers.onHello();
    if (data.at <= latest) return;
    latest = data.at;
    handlers.onPosition(data.position);
  };
  const onChannel = (event: MessageEvent) => receive(event.data);
  const onWindow = (event: MessageEvent) => {
    if (event.source && event.source !== window) windows.add(event.source as Window);
    receive(event.data);
  };
  channel?.addEventListener("message", onChannel);
  addEventListener("message", onWindow);

  const post = (message: DeckMessage) => {
    channel?.postMessage(message);
    for (const other of windows) {
      if (other.closed) windows.delete(other);
      // "*": a page opened from file:// has an opaque origin that no target origin can name; the message is a slide number.
      else other.postMessage(message, "*");
    }
  };
  return {
    send: (position) => {
      latest = now();
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
