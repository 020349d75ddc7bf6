// The streaming path of the Epoch import: the same rows whatever the chunk boundaries (inside a quoted field, a
// doubled quote, a CRLF or a multi-byte character), and the UTF-8 checks with their byte offsets.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { EpochCsvParser, parseEpochCsv, type EpochRow } from "../../data-loaders/epoch/index.js";
import { CsvTokenizer } from "../../data-loaders/epoch/csv-tokenizer.js";
import { firstInvalidUtf8, Utf8StreamDecoder } from "../../data-loaders/source-text.js";
import { SourceError } from "../../data-loaders/validation.js";

const ALL = readFileSync("tests/fixtures/epoch/all.csv");

function streamRows(bytes: Buffer, chunkSize: number): EpochRow[] {
  const rows: EpochRow[] = [];
  const decoder = new Utf8StreamDecoder("all.csv");
  const parser = new EpochCsvParser("all.csv", (row) => rows.push(row));
  for (let i = 0; i < bytes.length; i += chunkSize) parser.push(decoder.push(bytes.subarray(i, i + chunkSize)));
  parser.push(decoder.end());
  parser.end();
  return rows;
}

const records = (text: string, chunkSize = text.length) => {
  const out: [string[], number][] = [];
  const tokenizer = new CsvTokenizer("t.csv");
  for (let i = 0; i < text.length; i += chunkSize)
    tokenizer.push(text.slice(i, i + chunkSize), (fields, line) => out.push([[...fields], line]));
  tokenizer.end((fields, line) => out.push([[...fields], line]));
  return out;
};

describe("chunk boundaries change nothing", () => {
  const whole = parseEpochCsv(ALL.toString("utf8"), "all.csv").rows;
  test.each([1, 2, 3, 7, 64, 1000])("chunks of %i bytes", (size) => {
    expect(streamRows(ALL, size)).toEqual(whole);
  });

  test("multi-byte characters, doubled quotes and CRLF split at every position", () => {
    const text = 'a,b\r\n"x ""é"" y",文心\r\n"multi\r\nline",Σ\r\n';
    const expected = [
      [["a", "b"], 1],
      [['x "é" y', "文心"], 2],
      [["multi\r\nline", "Σ"], 3]
    ];
    for (let size = 1; size <= text.length; size++) expect(records(text, size), `chunks of ${size}`).toEqual(expected);
    const bytes = Buffer.from(text);
    for (let size = 1; size <= 8; size++) {
      const decoder = new Utf8StreamDecoder("t.csv");
      let decoded = "";
      for (let i = 0; i < bytes.length; i += size) decoded += decoder.push(bytes.subarray(i, i + size));
      expect(decoded + decoder.end()).toBe(text);
    }
  });

  test("records report the line they start on; a file need not end with a newline", () => {
    expect(records('h1,h2\n"two\nlines",x\nlast,row')).toEqual([
      [["h1", "h2"], 1],
      [["two\nlines", "x"], 2],
      [["last", "row"], 4]
    ]);
  });
});

describe("UTF-8 checks", () => {
  test("firstInvalidUtf8 finds bad lead bytes, bad continuations, overlong forms, surrogates and cut sequences", () => {
    expect(firstInvalidUtf8(Buffer.from("café 文心 😀"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0x28]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe6, 0x96]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe6, 0x96]), false)).toBe(-1); // the rest may come in the next chunk
  });

  test("a stream that ends inside a character, or holds a bad byte after the first chunk, names the byte offset", () => {
    const cut = new Utf8StreamDecoder("t.csv");
    cut.push(Buffer.from("abc\n"));
    cut.push(Buffer.from([0x64, 0xe6, 0x96]));
    expect(() => cut.end()).toThrow(/t\.csv: is not valid UTF-8 at byte offset 5 \(line 2\)/);
    const bad = new Utf8StreamDecoder("t.csv");
    bad.push(Buffer.from("abc\ndef\n"));
    expect(() => bad.push(Buffer.from([0x67, 0xff]))).toThrow(SourceError);
    expect(() => new Utf8StreamDecoder("t.csv").push(Buffer.from([0x61, 0x62, 0x0a, 0xff, 0x0a]))).toThrow(
      /byte offset 3 \(line 2, byte 0xFF\)/
    );
  });
});

test("normalizeName: the ASCII fast path gives what the general (Unicode) path gives", async () => {
  const { normalizeName } = await import("../../data-loaders/epoch/index.js");
  // A trailing " é" sends a name down the general path, which adds the word "e".
  for (const name of [
    "a..b",
    ".net",
    "x.",
    "GPT-3.5 Turbo",
    " A . B ",
    "v1.0.",
    "..a..b..",
    "Model (2.7B).",
    "BLOOM-176B",
    "T5-XXL_v1.1"
  ])
    expect(`${normalizeName(name)} e`.trim(), name).toBe(normalizeName(`${name} é`));
  expect(normalizeName("...")).toBe("");
});

test("row problems: the first 200 are listed, the rest counted", () => {
  const header =
    "Model,Domain,Organization,Publication date,Parameters,Training compute (FLOP),Training dataset size (datapoints),Confidence\n";
  const rows = Array.from({ length: 300 }, (_, i) => `LM ${i},Language,Lab,2022-01-01,about ${i}B,,,Likely\n`).join("");
  const parsed = parseEpochCsv(header + rows, "many.csv");
  expect(parsed.rows).toHaveLength(300);
  expect(parsed.problems).toHaveLength(201);
  expect(parsed.problems.at(-1)).toBe("many.csv: 100 more row problems like these (only the first 200 are listed)");
});
