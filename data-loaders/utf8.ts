// The UTF-8 checks of source files, without Node: where the first invalid byte is, UTF-16 and NUL bytes, and the
// messages naming the file, byte and line. source-text.ts (the build) and the Explore page's import both use them.
import { SourceError } from "./validation.js";

export const BOM = [0xef, 0xbb, 0xbf];

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
export function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/**
 * Offset of the first byte that is not valid UTF-8, or -1. A sequence cut off by the end of `bytes` counts as invalid
 * only when `final` (in a stream the rest comes with the next chunk). Overlong forms and surrogates are invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array, final = true): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(byte);
    if (length === 0) return i;
    if (i + length > bytes.length) {
      // Check the bytes that are there, so a bad continuation is caught now.
      for (let k = i + 1; k < bytes.length; k++) if ((bytes[k]! & 0xc0) !== 0x80) return i;
      return final ? i : -1;
    }
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    if (
      (byte === 0xe0 && second < 0xa0) ||
      (byte === 0xed && second > 0x9f) ||
      (byte === 0xf0 && second < 0x90) ||
      (byte === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

export const countNewlines = (bytes: Uint8Array, end = bytes.length) => {
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) lines++;
  return lines;
};

/** UTF-16 (or UTF-32) has a byte order mark FF FE / FE FF, or NUL bytes between ASCII letters. */
export function utf16Problem(bytes: Uint8Array, file: string): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return `${file}: is UTF-16 text (byte order mark ${bytes[0].toString(16).toUpperCase()} ${bytes[1]!.toString(16).toUpperCase()} at byte 0); save it as UTF-8`;
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return `${file}: contains a NUL byte at byte offset ${nul} (line ${countNewlines(bytes, nul) + 1}): it is not UTF-8 text (UTF-16 or a binary file?); save it as UTF-8`;
  return null;
}

export const invalidMessage = (file: string, offset: number, line: number, bytes: Uint8Array, at: number) =>
  `${file}: is not valid UTF-8 at byte offset ${offset} (line ${line}, byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, "0")}); save it as UTF-8`;

/** The text of a whole file in any JavaScript runtime: the same checks and messages as decodeUtf8 (source-text.ts). */
export function decodeUtf8Bytes(bytes: Uint8Array, file: string): string {
  const utf16 = utf16Problem(bytes, file);
  if (utf16) throw new SourceError([utf16]);
  const start = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    throw new SourceError([invalidMessage(file, at + start, countNewlines(body, at) + 1, body, Math.max(at, 0))]);
  }
}
