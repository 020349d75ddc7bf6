// Reads a .pptx back (it is a zip): each slide's texts in order, its notes, and the pictures it shows, so tests can
// compare a written deck with the Markdown it came from.
import JSZip from "jszip";

export interface ReadSlide {
  /** Every `<a:t>` of the slide, in document order, entities decoded. */
  texts: string[];
  /** The typefaces and language tags its runs name. */
  typefaces: string[];
  langs: string[];
  /** Every language tag of the slide's XML and of its notes page (runs, paragraph ends, fields). */
  allLangs: string[];
  notesLangs: string[];
  /** The text of its notes page (empty when it has none). */
  notes: string;
  /** The pictures it shows, as bytes. */
  images: Uint8Array[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => decode(m[1]!));

/** The slides of a .pptx, in order. */
export async function readPptx(bytes: Uint8Array | Buffer): Promise<ReadSlide[]> {
  const zip = await JSZip.loadAsync(bytes);
  const count = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: ReadSlide[] = [];
  for (let n = 1; n <= count; n++) {
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async("string");
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async("string");
    const notesXml = await zip.file(`ppt/notesSlides/notesSlide${n}.xml`)?.async("string");
    // The notes page also holds the slide's picture and its number: the notes are its body placeholder's paragraphs.
    const body = /type="body"[\s\S]*?<\/p:sp>/.exec(notesXml ?? "")?.[0] ?? "";
    const notes = (body.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
      .map((p) => all(p, /<a:t>([^<]*)<\/a:t>/g).join(""))
      .join("\n");
    const targets = all(rels, /Target="\.\.\/media\/([^"]+)"/g);
    const images = await Promise.all(targets.map((t) => zip.file(`ppt/media/${t}`)!.async("uint8array")));
    slides.push({
      texts: all(xml, /<a:t>([^<]*)<\/a:t>/g),
      typefaces: [...new Set(all(xml, /<a:(?:latin|ea) typeface="([^"]*)"/g))],
      langs: [...new Set(all(xml, /<a:rPr[^>]* lang="([^"]*)"/g))],
      allLangs: [...new Set(all(xml, / lang="([^"]*)"/g))],
      notesLangs: [...new Set(all(notesXml ?? "", / lang="([^"]*)"/g))],
      notes,
      images
    });
  }
  return slides;
}

/** A PNG's size in pixels, from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error("not a PNG");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
