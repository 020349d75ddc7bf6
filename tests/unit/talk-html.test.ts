// The standalone talk's page (reports/talk.html): what is inlined into its <script> and <style> elements cannot
// change how an HTML parser reads them, whatever the catalog's text says. Built here from hostile catalog text with
// the real bundle, parsed and run under jsdom (the browser test opens the same kind of file in Chromium).
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCatalog } from "../../data-loaders/catalog.js";
import { bundleTalk } from "../../scripts/export-deck.js";
import { talkData, talkFile } from "../../scripts/talk-data.js";
import {
  jsonForScript,
  SCRIPT_HAZARD,
  scriptForInline,
  styleForInline,
  TALK_DATA_ID,
  talkHtml
} from "../../scripts/talk-html.js";

/** Text that, inlined raw, ends the script early or makes the rest of the page script (every case and form). */
export const HOSTILE = [
  "</script><p id=injected>x</p>",
  "<!--<script>",
  "<!--<SCRIPT >",
  "</ScRiPt\t>",
  "<script>alert(1)</script>",
  "-->",
  "<!-- --!>",
  "\u2028\u2029"
];

describe("escaping for every parsing state of an inline script", () => {
  test("data: no `<` survives, and JSON.parse reads back exactly what was written", () => {
    for (const text of HOSTILE) {
      const json = jsonForScript({ text });
      expect(json).not.toContain("<");
      expect(JSON.parse(json)).toEqual({ text });
    }
  });

  test("code: `<!--`, `<script` and `</script` in any case become \\x3C…, which strings and patterns read as `<`", () => {
    const code = `var a="x<!--<script>y</SCRIPT>z",b=/<script/i,c=\`<!--\${a}\`;out=[a,b.test("<SCRIPT"),c];`;
    const escaped = scriptForInline(code);
    expect(escaped).not.toMatch(SCRIPT_HAZARD);
    expect(escaped).toContain("\\x3C!--\\x3Cscript>y\\x3C/SCRIPT>");
    const run = (js: string) => new Function(`let out; ${js}; return out;`)();
    expect(run(escaped)).toEqual(["x<!--<script>y</SCRIPT>z", true, "<!--x<!--<script>y</SCRIPT>z"]);
    expect(run(escaped)).toEqual(run(code));
    // A `<` that starts nothing is left alone.
    expect(scriptForInline("a<b&&c<=d")).toBe("a<b&&c<=d");
  });

  test("style: `</style` in any case cannot end the element", () => {
    expect(styleForInline('a::after{content:"</style><script>"}')).toBe('a::after{content:"<\\/style><script>"}');
    expect(styleForInline("</STYLE")).toBe("<\\/STYLE");
  });
});

describe("talk.html built from hostile catalog text", () => {
  const catalog = loadCatalog();
  // Each hostile text alone in a source's title (the Sources slide lists the most cited), and one in a model's name
  // (drawn on the charts): a `<!--<script>` with no closer after it is what blanked the talk.
  const hostileTitles = HOSTILE.map((text, i) => `Source ${i} ${text} end`);
  catalog.bibliography.forEach((source, i) => (source.title = hostileTitles[i % hostileTitles.length]!));
  catalog.models.find((m) => m.id === "gpt-1")!.name = "GPT-1 <!--<script>";
  const data = talkFile(talkData(catalog));
  let html = "";
  let script = "";

  beforeAll(async () => {
    const bundle = await bundleTalk();
    script = bundle.script;
    html = talkHtml({ ...bundle, data });
  }, 60_000);

  test("parses into the page written: two scripts in the body, the data intact, nothing after them turned to script", () => {
    const { document } = new JSDOM(html).window;
    const scripts = [...document.querySelectorAll("script")];
    expect(scripts).toHaveLength(2);
    expect([...document.body.children].map((e) => e.tagName)).toEqual(["SCRIPT", "SCRIPT"]);
    expect(document.getElementById(TALK_DATA_ID)?.getAttribute("type")).toBe("application/json");
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(scripts[1]!.textContent).toBe(scriptForInline(script));
    expect(document.querySelector("#injected")).toBeNull();
    // The page ends where it was written to end.
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(document.querySelector("style")?.textContent?.length).toBeGreaterThan(1000);
  });

  test("runs: the deck draws, and the hostile names are shown as text on the Sources slide", async () => {
    const dom = new JSDOM(html, {
      runScripts: "dangerously",
      url: "file:///media/usb/talk.html#10",
      pretendToBeVisual: true
    });
    const errors: string[] = [];
    dom.window.addEventListener("error", (event) => errors.push(String(event.message)));
    const { document } = dom.window;
    await expect.poll(() => document.querySelector(".deck-stage .slide")?.getAttribute("data-slide")).toBe("s10");
    const items = [...document.querySelectorAll(".slide-sources li")].map((li) => li.textContent);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(hostileTitles.some((title) => item?.startsWith(title))).toBe(true);
    expect(document.querySelector(".slide-sources script, #injected")).toBeNull();
    expect(errors).toEqual([]);
    dom.window.close();
  });
});
