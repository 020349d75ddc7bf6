// `npm run export`: the PDF report, for A4 and Letter, with every chart title in its text.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { FIGURES } from "../../src/figures/registry.js";
import { exportReport } from "../../scripts/export-pdf.js";

const pdfinfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });
const pdftext = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });

/** The report prints every figure of the registry, numbered in its order. */
const TITLES = FIGURES.map((figure) => figure.title.en);

test("the report prints to A4 and Letter with every chart, its caption, source and the date of the data", async () => {
  const out = mkdtempSync(join(tmpdir(), "report-"));
  const [a4, letter] = await exportReport("dist", out);
  for (const [file, size] of [[a4!, /595\.\d+ x 841\.\d+|595\.\d+ x 842\.\d+/], [letter!, /612 x 792/]] as const) {
    const info = pdfinfo(file);
    expect(info).toMatch(size);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(30);
    // pdftotext keeps the words but may break lines: compare with whitespace folded.
    const text = pdftext(file).replace(/-\s+/g, "-").replace(/\s+/g, " ");
    TITLES.forEach((title, i) => expect(text, title).toContain(`Figure ${i + 1}. ${title}`));
    // The cover says how to cite and the date of the data; each figure its source and the date.
    expect(text).toMatch(/Data as of [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(text).toContain("How to cite");
    expect(text).toMatch(/Source: Wei et al\. 2022.*Data as of \d{4}-\d\d-\d\d/);
    expect(text).toMatch(new RegExp(`page 1 of ${pages}`));
    // Navigation and download buttons are for the screen only.
    expect(text).not.toContain("Timeline and lineage Capabilities");
    expect(text).not.toMatch(/SVG PNG CSV/);
  }
}, 120_000);
