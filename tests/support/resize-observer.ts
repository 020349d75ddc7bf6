// jsdom has no ResizeObserver; a web figure only registers one (to redraw at a new width), so a test that renders a
// web figure or a page under jsdom stands in an observer that never fires.
import { vi } from "vitest";

export function stubResizeObserver(): void {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
  );
}
