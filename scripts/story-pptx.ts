// A story as a PowerPoint file from the command line: the layout is src/stories/pptx.ts (shared with the browser's
// editor); what Chromium captured of the views comes from export-stories.ts.
import JSZip from "jszip";
import pptxgenjs from "pptxgenjs";
import type { Story } from "../src/stories/parse.js";
import { pptxConstructor, storyPresentation, tagDeckLanguage, type Captured } from "../src/stories/pptx.js";

export {
  FONTS,
  SLIDE,
  THEME,
  inlineRuns,
  lineCount,
  plainText,
  slideSpec,
  type Box,
  type Captured,
  type Item,
  type Run,
  type SlideSpec
} from "../src/stories/pptx.js";

/** The whole story as a .pptx, in memory; `captures[s][b]` is what was captured of block b of slide s. */
export async function storyPptx(story: Story, captures: (Captured | undefined)[][]): Promise<Buffer> {
  const pptx = storyPresentation(pptxConstructor(pptxgenjs), story, captures);
  const written = (await pptx.write({ outputType: "nodebuffer" })) as Buffer;
  const zip = await tagDeckLanguage(await JSZip.loadAsync(written), story.meta.lang);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
