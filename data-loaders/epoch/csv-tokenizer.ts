// An incremental CSV tokenizer (RFC 4180 quoting; a quote inside an unquoted field is kept as text, as d3-dsv does;
// text after a closing quote is an error, for it means a quote was left open and swallowed rows):
// text goes in chunk by chunk, whole records come out, so a file is never held in memory as one string. It knows the
// line each record starts on and the line each quote opened on, for messages; blank lines are not records.
import { SourceError } from "../validation.js";

/** No Epoch record comes near this (the longest, with its notes, is under 20 KB): more is a quote left open. */
export const MAX_RECORD_CHARS = 1024 * 1024;

type State = "fieldStart" | "unquoted" | "quoted" | "quoteInQuoted" | "afterCR";
/** A record, the line it starts on and the line it ends on (later when a quoted field spans lines). */
export type EmitRecord = (fields: string[], line: number, endLine: number) => void;

const DELIMITER = /[,\r\n]/g;

export class CsvTokenizer {
  private state: State = "fieldStart";
  private fields: string[] = [];
  private field = "";
  private quoted = false;
  private chars = 0;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 0;

  constructor(
    private readonly file: string,
    private readonly maxRecordChars: number = MAX_RECORD_CHARS
  ) {}

  private append(text: string) {
    this.field += text;
    this.chars += text.length;
    if (this.chars > this.maxRecordChars) {
      const limit = `${Math.round(this.maxRecordChars / 1024)} KiB`;
      throw new SourceError([
        this.state === "quoted"
          ? `${this.file}, line ${this.quoteLine}: a quoted field opens here and is still not closed ${limit} later (an unterminated quote "?)`
          : `${this.file}, line ${this.recordLine}: the record starting here is longer than ${limit}, more than any Epoch AI row (is this the right file?)`
      ]);
    }
  }

  private countLines(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.line++;
  }

  private endField() {
    this.fields.push(this.field);
    this.field = "";
  }

  private endRecord(emit: EmitRecord) {
    this.endField();
    const blank = this.fields.length === 1 && this.fields[0]!.trim() === "" && !this.quoted;
    if (!blank) emit(this.fields, this.recordLine, this.line);
    this.fields = [];
    this.quoted = false;
    this.chars = 0;
  }

  push(text: string, emit: EmitRecord): void {
    let i = 0;
    while (i < text.length) {
      switch (this.state) {
        case "afterCR":
          if (text.charCodeAt(i) === 10) i++;
          this.state = "fieldStart";
          this.recordLine = this.line;
          break;
        case "quoted": {
          const close = text.indexOf('"', i);
          const piece = text.slice(i, close === -1 ? text.length : close);
          this.countLines(piece);
          this.append(piece);
          if (close === -1) i = text.length;
          else {
            i = close + 1;
            this.state = "quoteInQuoted";
          }
          break;
        }
        case "quoteInQuoted": {
          const next = text.charCodeAt(i);
          if (next === 34) {
            this.append('"');
            i++;
            this.state = "quoted";
            break;
          }
          // The field's closing quote must be followed by a delimiter. Anything else means the quote that opened the
          // field was a stray one, and this quote opened another field: the rows between would be swallowed.
          if (next !== 44 && next !== 10 && next !== 13) {
            const where =
              this.line === this.quoteLine
                ? `line ${this.quoteLine}`
                : `line ${this.quoteLine} (it closes on line ${this.line})`;
            throw new SourceError([
              `${this.file}, ${where}: a quoted field opens here and its closing quote is followed by ${JSON.stringify(text.slice(i, i + 12))} instead of a comma or a line end: an unbalanced quote "?`
            ]);
          }
          this.state = "unquoted";
          break;
        }
        case "fieldStart":
          if (text.charCodeAt(i) === 34) {
            this.state = "quoted";
            this.quoted = true;
            this.quoteLine = this.line;
            i++;
            break;
          }
          this.state = "unquoted";
        // falls through
        case "unquoted": {
          DELIMITER.lastIndex = i;
          const match = DELIMITER.exec(text);
          if (!match) {
            this.append(text.slice(i));
            i = text.length;
            break;
          }
          this.append(text.slice(i, match.index));
          i = match.index + 1;
          const delimiter = match[0];
          if (delimiter === ",") {
            this.endField();
            this.state = "fieldStart";
          } else {
            this.endRecord(emit);
            this.line++;
            if (delimiter === "\r") this.state = "afterCR";
            else {
              this.state = "fieldStart";
              this.recordLine = this.line;
            }
          }
          break;
        }
      }
    }
  }

  /** The last record (a file need not end with a newline); an open quote is an error naming its line. */
  end(emit: EmitRecord): void {
    if (this.state === "quoted")
      throw new SourceError([
        `${this.file}, line ${this.quoteLine}: a quoted field opens here and is never closed (an unterminated quote ")`
      ]);
    if (this.state !== "afterCR" && (this.state !== "fieldStart" || this.fields.length > 0)) this.endRecord(emit);
  }
}
