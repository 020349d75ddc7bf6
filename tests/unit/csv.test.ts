// The site's one CSV writer: formula cells neutralised (OWASP), genuine numbers intact, RFC 4180 quoting.
import { csvParse, dsvFormat } from "d3-dsv";
import { describe, expect, test } from "vitest";
import { cellText, neutraliseFormula, toCsv } from "../../src/components/csv.js";

describe("neutraliseFormula", () => {
  test.each([
    "=1+1",
    '=HYPERLINK("http://evil","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "-",
    "+",
    "=",
    "-e1",
    "Acme LM;=1+1",
    "Acme LM,=1+1",
    "Acme LM\t=1+1",
    "Acme LM|=1+1",
    "Acme LM =1+1",
    "Acme LM; @SUM(A1)",
    "a\n-2+3"
  ])("%j gets a leading quote", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  test.each(["-3.5", "+1", "-1e21", "-.5", "3.14e+23", "GPT-3", "a=b", "", "text", "1;-2", "GPT-3 - 175B", "a, +5"])(
    "%j is left alone",
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    }
  );
});

describe("toCsv", () => {
  test("numbers stay numbers, negative ones included; null and undefined are empty; arrays joined with '; '", () => {
    const csv = toCsv([{ a: -3.5, b: null, c: undefined, d: ["gpt-1", "gpt-2"], e: true, f: 3.14e23 }]);
    expect(csv).toBe("a,b,c,d,e,f\n-3.5,,,gpt-1; gpt-2,true,3.14e+23");
  });

  test("a neutralised cell round-trips through a CSV parser as text with the quote", () => {
    const rows = [{ name: '=HYPERLINK("http://evil","x")', org: "Lab, Inc.", note: 'He said "hi"\nthen left' }];
    const parsed = csvParse(toCsv(rows));
    expect(parsed[0]).toEqual({
      name: `'=HYPERLINK("http://evil","x")`,
      org: "Lab, Inc.",
      note: 'He said "hi"\nthen left'
    });
  });

  test("a semicolon-separated reader keeps a neutralised cell as one cell behind its quote", () => {
    const csv = toCsv([{ name: "Acme LM;=1+1", n: 2 }]);
    expect(csv).toBe(`name,n\n"'Acme LM;=1+1",2`);
    expect(dsvFormat(";").parse(csv.replace(",", ";").replace('",2', '";2'))[0]).toEqual({
      name: "'Acme LM;=1+1",
      n: "2"
    });
  });

  test("columns pick and order the output; by default every key of any row, in the order first seen", () => {
    const rows = [
      { a: 1, b: 2 },
      { c: 3, a: 4 }
    ];
    expect(toCsv(rows)).toBe("a,b,c\n1,2,\n4,,3");
    expect(toCsv(rows, ["c", "a"])).toBe("c,a\n,1\n3,4");
  });

  test("an array cell is neutralised as a whole when it starts like a formula", () => {
    expect(toCsv([{ models: ["=evil()", "gpt-1"] }])).toBe(`models\n"'=evil(); gpt-1"`);
    expect(toCsv([{ models: ["gpt-1", "=evil()"] }])).toBe(`models\n"'gpt-1; =evil()"`);
    expect(toCsv([{ models: [-1, 2] }])).toBe(`models\n"'-1; 2"`);
  });

  test("cells: non-finite numbers and invalid dates are empty, dates ISO, objects JSON", () => {
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText(Infinity)).toBe("");
    expect(cellText(new Date("2020-05-28T00:00:00Z"))).toBe("2020-05-28T00:00:00.000Z");
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });

  test("no rows: the header alone (or nothing)", () => {
    expect(toCsv([], ["a", "b"])).toBe("a,b");
    expect(toCsv([])).toBe("");
  });
});
