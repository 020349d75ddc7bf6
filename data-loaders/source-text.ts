// Source files are UTF-8 text. A byte order mark is accepted and dropped; UTF-16 and invalid UTF-8 are rejected with
// where the problem is, instead of being read as "caf\uFFFD" or failing later as "Unexpected token".
import { isUtf8 } from "node:buffer";
import { SourceError } from "./validation.js";
import { BOM, countNewlines, firstInvalidUtf8, invalidMessage, sequenceLength, utf16Problem } from "./utf8.js";

export { firstInvalidUtf8 };

/** The text of a whole file: BOM stripped; UTF-16, NUL bytes and invalid UTF-8 rejected with a SourceError. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const utf16 = utf16Problem(bytes, file);
  if (utf16) throw new SourceError([utf16]);
  const start = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  const body = bytes.subarray(start);
  if (!isUtf8(body)) {
    const at = firstInvalidUtf8(body);
    throw new SourceError([invalidMessage(file, at + start, countNewlines(body, at) + 1, body, Math.max(at, 0))]);
  }
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
}

/**
 * The same checks over a stream of chunks: push() returns the text of the complete characters so far (a character cut
 * by a chunk boundary waits for the next chunk); end() checks nothing is left over. Byte offsets count from the file's
 * start, BOM included.
 */
export class Utf8StreamDecoder {
  private offset = 0;
  private lines = 0;
  private carry: Buffer = Buffer.alloc(0);
  private started = false;
  constructor(private readonly file: string) {}

  push(chunk: Buffer): string {
    let bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    let base = this.offset;
    if (!this.started) {
      if (bytes.length < 3) {
        this.carry = bytes;
        return "";
      }
      this.started = true;
      const utf16 = utf16Problem(bytes, this.file);
      if (utf16) throw new SourceError([utf16]);
      if (bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2]) {
        bytes = bytes.subarray(3);
        base += 3;
      }
    } else {
      const nul = chunk.indexOf(0);
      if (nul !== -1)
        throw new SourceError([
          `${this.file}: contains a NUL byte at byte offset ${base + this.carry.length + nul}: it is not UTF-8 text; save it as UTF-8`
        ]);
    }
    // Split at the last complete character: back up over continuation bytes to a lead byte, keep it if it is cut.
    let end = bytes.length;
    let back = end - 1;
    while (back >= 0 && back >= end - 4 && (bytes[back]! & 0xc0) === 0x80) back--;
    if (back >= 0 && bytes[back]! >= 0xc0 && back + sequenceLength(bytes[back]!) > end) end = back;
    const whole = bytes.subarray(0, end);
    if (!isUtf8(whole)) {
      const at = firstInvalidUtf8(whole);
      throw new SourceError([
        invalidMessage(this.file, base + at, this.lines + countNewlines(whole, at) + 1, whole, at)
      ]);
    }
    this.lines += countNewlines(whole);
    this.carry = Buffer.from(bytes.subarray(end));
    this.offset = base + end;
    return whole.toString("utf8");
  }

  end(): string {
    if (!this.started && this.carry.length) {
      // A file of fewer than three bytes.
      this.started = true;
      const bytes = this.carry;
      this.carry = Buffer.alloc(0);
      return decodeUtf8(bytes, this.file);
    }
    if (this.carry.length)
      throw new SourceError([
        `${this.file}: is not valid UTF-8 at byte offset ${this.offset} (line ${this.lines + 1}): the file ends inside a character; save it as UTF-8`
      ]);
    return "";
  }
}
