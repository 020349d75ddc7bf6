// Chinese in the printed report: drawn with a CJK font, and that font embedded in the PDF, so the PDF shows no
// missing-glyph boxes on a machine without Chinese fonts. Chromium (Skia) embeds Noto Sans CJK, a CFF font, as
// unnamed Type 3 fonts: pdffonts lists them as "[none] Type 3", so the test asks the browser which font drew the
// Chinese (DevTools: CSS.getPlatformFontsForNode) and checks that every font of the PDF is embedded and that the
// Chinese text survives into it. The CJK font comes from fonts-noto-cjk (npm run ensure-chromium installs it).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { exportReport } from "../../scripts/export-pdf.js";
import { exportDeckPdfs } from "../../scripts/export-deck.js";
import { launchBrowser, openPage } from "../../scripts/chromium.js";

const CJK_FONT = /CJK|Source Han|PingFang|YaHei/i;

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** pdffonts' table, one row per font. */
function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines.map((line) => {
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object number, generation.
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
    if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: match[1]!, type: match[2]!, embedded: match[4] === "yes" };
  });
}

test("the report's Chinese is drawn with a CJK font, every font is embedded in the PDF, and the Chinese text is in it", async () => {
  const { page, problems } = await openPage(browser, inject("origin"), "/report", { width: 1100, height: 1400 });
  await page.emulateMedia({ media: "print" });
  // Every element whose own text has Chinese characters.
  const count = await page.evaluate(() => {
    let n = 0;
    for (const el of document.querySelectorAll("#observablehq-main *")) {
      const own = [...el.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent)
        .join("");
      if (/[\u4e00-\u9fff]/.test(own)) el.setAttribute("data-cjk-probe", String(n++));
    }
    return n;
  });
  expect(count).toBeGreaterThan(0);
  const client = await page.context().newCDPSession(page);
  await client.send("DOM.enable");
  await client.send("CSS.enable");
  const { root } = await client.send("DOM.getDocument", { depth: -1 });
  for (let i = 0; i < count; i++) {
    const { nodeId } = await client.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: `[data-cjk-probe="${i}"]`
    });
    const { fonts } = await client.send("CSS.getPlatformFontsForNode", { nodeId });
    const cjk = fonts.filter((f) => CJK_FONT.test(f.familyName));
    expect(
      cjk.reduce((sum, f) => sum + f.glyphCount, 0),
      `fonts of probe ${i}: ${JSON.stringify(fonts)}`
    ).toBeGreaterThan(0);
  }
  expect(problems).toEqual([]);
  await page.context().close();

  const [a4] = await exportReport("dist", mkdtempSync(join(tmpdir(), "report-fonts-")));
  const fonts = pdfFonts(a4!);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  const text = execFileSync("pdftotext", [a4!, "-"], { encoding: "utf8" });
  // pdftotext breaks the title where the font changes (Latin and Chinese runs): look for the Chinese runs.
  for (const run of ["的前世今生", "的能力提升"]) expect(text).toContain(run);
}, 120_000);

test("the export writes the report and the deck in Chinese too: Chinese headings, every font embedded", async () => {
  const out = mkdtempSync(join(tmpdir(), "report-zh-"));
  const [a4] = await exportReport("dist", out, ["zh"]);
  expect(a4).toMatch(/gpt-scaling-report-a4-zh\.pdf$/);
  expect(pdfFonts(a4!).filter((f) => !f.embedded)).toEqual([]);
  const text = execFileSync("pdftotext", [a4!, "-"], { encoding: "utf8" });
  for (const run of ["规模演进笔记", "引用方式", "参考文献", "数据截至"]) expect(text).toContain(run);
  const { slides } = await exportDeckPdfs("dist", out, { lang: "zh" });
  expect(slides).toMatch(/gpt-scaling-talk-zh\.pdf$/);
  expect(pdfFonts(slides).filter((f) => !f.embedded)).toEqual([]);
  expect(execFileSync("pdftotext", [slides, "-"], { encoding: "utf8" })).toMatch(/[\u4e00-\u9fff]{4}/);
}, 180_000);
