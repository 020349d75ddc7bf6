// The Explore page's <iframe> snippet: the view's address with embed=1, sized so the embedded figure (title, legend,
// drawing, caption, source and the link back) shows whole without scrolling. A fixed 720 px left the caption, source
// and link back below the frame at a blog column's 760 px.

/** The frame's width: a blog's column. A narrower column (max-width: 100%) reflows the figure taller and scrolls. */
export const EMBED_WIDTH = 760;
/** The figure's drawing width inside a frame of EMBED_WIDTH (the page's and the card's padding; measured). */
export const EMBED_DRAWING_WIDTH = 710;
/**
 * Everything in the frame around the drawing: the title and its buttons (two rows at this width), the caption (up to
 * six lines), the source line, the link back and the paddings; measured at 250–375 px in both languages, with room.
 */
export const EMBED_CHROME = 420;

/** The frame's height for a drawing of `drawingHeight` px at EMBED_DRAWING_WIDTH. */
export const embedHeight = (drawingHeight: number): number => Math.ceil(drawingHeight + EMBED_CHROME);

/** The <iframe> snippet for a view: the same address with embed=1, as wide as a column and as tall as its figure. */
export const embedSnippet = (url: string, title: string, height: number) => {
  const src = new URL(url);
  src.searchParams.set("embed", "1");
  const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${escape(src.toString())}" title="${escape(title)}" width="${EMBED_WIDTH}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
};
