// Whether a story draws the Epoch AI backdrop: its file (tens of megabytes from a large export) is fetched only then.
import type { ReleaseRow } from "../contract.js";
import { backdropRequested } from "../views/scaling.js";
import type { Story } from "./parse.js";

export function storyDrawsBackdrop(story: Story | undefined, releases: readonly ReleaseRow[]): boolean {
  return Boolean(
    story?.slides.some((slide) =>
      slide.blocks.some(
        (block) =>
          block.kind === "view" &&
          block.view.page === "scaling" &&
          backdropRequested(`?${new URLSearchParams(block.view.params)}`, releases)
      )
    )
  );
}
