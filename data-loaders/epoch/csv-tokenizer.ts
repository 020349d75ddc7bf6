// An incremental CSV tokenizer (RFC 4180 quoting, lenient like d3-dsv about a stray quote inside an unquoted field):
// text goes in chunk by chunk, whole records come out, so a file is never held in memory as one string. It knows the
// line each record starts on and the line each quote opened on, for messages; blank lines are not records.
import { SourceError } from "../validation.js";

/** No Epoch record comes near this (the longest, with its notes, is under 20 KB): more is a quote left open. */
export const MAX_RECORD_CHARS = 1024 * 1024;

type State = "fieldStart" | "unquoted" | "quoted" | "quoteInQuoted" | "afterCR";
export type EmitRecord = (fields: string[], line: number) => void;

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
    if (!blank) emit(this.fields, this.recordLine);
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
        case "quoteInQuoted":
          if (text.charCodeAt(i) === 34) {
            this.append('"');
            i++;
            this.state = "quoted";
          } else this.state = "unquoted"; // the field's closing quote: what follows up to the delimiter is kept as is
          break;
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
      throw new SourceError([`${this.file}, line ${this.quoteLine}: a quoted field opens here and is never closed (an unterminated quote ")`]);
    if (this.state !== "afterCR" && (this.state !== "fieldStart" || this.fields.length > 0)) this.endRecord(emit);
  }
}
