// The site's frame in Chinese: every page with ?lang=zh has <html lang="zh-CN">, its navigation, pager and footer
// in Chinese with no English left visible, and no axe violation; the choice in the language switch is remembered
// for the next page opened without the query; internal links keep ?lang=zh.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, layoutShift, openPage, PAGE_PATHS } from "../../scripts/chromium.js";
import { describeTextProblems, textProblems } from "./measure.js";
import { axeViolations, describeViolations } from "./axe.js";
import { en } from "../../src/i18n/en.js";
import { zh } from "../../src/i18n/zh.js";
import { rulesFor } from "../../src/i18n/rules.js";
import { englishLeaks } from "../support/dictionary-leaks.js";
import { UNTAGGED_ENGLISH_IN_PAGE } from "../support/untagged-english.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

const ZH_NAMES = Object.values(zh.site.pages);
const EN_NAMES = Object.values(en.site.pages);
const EN_FOOTER = [
  en.site.footer.data(en.site.footer.dataLink),
  en.site.footer.thresholds,
  en.site.footer.claims,
  en.site.footer.backdrop
];

/** Waits for a navigation's page to finish rendering its cells. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector(".observablehq--running, .observablehq--loading"));
}

/** What a reader sees of the page's frame: the navigation's link texts, the pager's, and the footer's text. */
function frameText(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    const texts = (selector: string) =>
      [...document.querySelectorAll(selector)].filter(visible).map((el) => (el as HTMLElement).innerText.trim());
    return {
      lang: document.documentElement.lang,
      nav: texts(".site-nav a"),
      pager: texts("#observablehq-footer > nav a"),
      pagerWords: [...document.querySelectorAll("#observablehq-footer > nav a")].map(
        (a) => getComputedStyle(a, "::before").content
      ),
      header: [...document.querySelectorAll("#observablehq-header")]
        .map((el) => (el as HTMLElement).innerText)
        .join("\n"),
      footer: [...document.querySelectorAll("#observablehq-footer > div")]
        .filter(visible)
        .map((el) => (el as HTMLElement).innerText)
        .join("\n"),
      title: document.title
    };
  });
}

describe.each(PAGE_PATHS)("page %s in Chinese", (path) => {
  test("html lang, navigation, pager and footer in Chinese; no English frame text; axe clean", async () => {
    const { page, problems } = await openPage(browser, inject("origin"), `${path}?lang=zh`);
    const frame = await frameText(page);
    expect(frame.lang).toBe("zh-CN");
    if (path !== "/talk") {
      expect(frame.nav).toEqual(ZH_NAMES);
      for (const name of [...frame.nav, ...frame.pager]) expect(EN_NAMES).not.toContain(name);
      for (const name of frame.pager) expect(ZH_NAMES).toContain(name);
      for (const word of frame.pagerWords)
        expect(Object.values(zh.site.pager).map((w) => JSON.stringify(w))).toContain(word);
      expect(frame.footer).toContain(zh.site.footer.thresholds);
      for (const line of EN_FOOTER) expect(frame.footer).not.toContain(line);
      // The switch names each language in that language: "English" is its label, not interface text left over.
      expect(
        englishLeaks([frame.header, ...frame.pager, frame.footer, frame.title].join("\n"), [rulesFor("en").endonym])
      ).toEqual([]);
      expect(
        frame.title.startsWith(
          path === "/" ? zh.site.title : zh.site.pages[path.slice(1) as keyof typeof zh.site.pages]
        )
      ).toBe(true);
    }
    // The same checks as the English pages: no colliding or spilling chart text, no layout shift while loading.
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.05);
    if (path !== "/talk") expect(describeTextProblems(await textProblems(page, "#observablehq-main"))).toEqual([]);
    // The page's own content: no English interface string from the dictionary, and no English prose that is not
    // marked as English (a quoted title or an English rendering carries lang="en"). Every <details> is opened first,
    // so that notes and data tables are read too.
    await page.evaluate(() =>
      document.querySelectorAll("#observablehq-main details").forEach((d) => ((d as HTMLDetailsElement).open = true))
    );
    await page.waitForTimeout(100);
    // Text nodes with no Chinese in them: a Chinese note that quotes its English source in parentheses is Chinese.
    // An address broken by <wbr> (where it may wrap) is one text: its element's, read once.
    const main = await page.evaluate(() => {
      const texts: string[] = [];
      const read = new Set<Element>();
      const walker = document.createTreeWalker(document.querySelector("#observablehq-main")!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const broken = node.parentElement?.querySelector(":scope > wbr") ? node.parentElement : null;
        if (broken && read.has(broken)) continue;
        if (broken) read.add(broken);
        const text = (broken ?? node).textContent ?? "";
        if (node.parentElement?.closest('[lang^="en"], script, style, code') || /[\u3400-\u9fff]/.test(text)) continue;
        texts.push(text);
      }
      return texts.join("\n");
    });
    expect(englishLeaks(main, [rulesFor("en").endonym])).toEqual([]);
    expect(await page.evaluate(`(${UNTAGGED_ENGLISH_IN_PAGE})("#observablehq-main")`)).toEqual([]);
    expect(describeViolations(await axeViolations(page))).toBe("");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

test("the Chinese report under print media, at the printable width of A4: no colliding or spilling chart text", async () => {
  const { page, problems } = await openPage(
    browser,
    inject("origin"),
    "/report?lang=zh",
    { width: 688, height: 1000 },
    { media: "print" }
  );
  const text = describeTextProblems(await textProblems(page, "#observablehq-main"));
  await page.context().close();
  expect({ problems, text }).toEqual({ problems: [], text: [] });
});

test("the English frame shows no Chinese navigation or footer", async () => {
  const { page } = await openPage(browser, inject("origin"), "/scaling");
  const frame = await frameText(page);
  expect(frame.lang).toBe("en");
  expect(frame.nav).toEqual(EN_NAMES);
  expect(frame.footer).not.toContain(zh.site.footer.thresholds);
  expect(frame.footer).toContain(en.site.footer.thresholds);
  await page.context().close();
});

test("choosing 中文 in the switch is remembered on a later visit of another page without the query, and English back", async () => {
  const origin = inject("origin");
  const { page } = await openPage(browser, origin, "/scaling?model=gpt-3-175b");
  const current = () =>
    page.evaluate(() =>
      [...document.querySelectorAll(".lang-switch a[aria-current='true']")].map((a) => a.getAttribute("data-lang"))
    );
  expect(await current()).toEqual(["en"]);
  await Promise.all([page.waitForURL(/lang=zh/), page.locator(".lang-switch a[data-lang='zh']").click()]);
  await settled(page);
  // The page's own state survives the switch.
  expect(new URL(page.url()).searchParams.get("model")).toBe("gpt-3-175b");
  expect((await frameText(page)).lang).toBe("zh-CN");
  expect(await current()).toEqual(["zh"]);
  await page.goto(`${origin}/timeline`);
  await settled(page);
  expect((await frameText(page)).lang).toBe("zh-CN");
  expect((await frameText(page)).nav).toEqual(ZH_NAMES);
  await Promise.all([page.waitForURL(/lang=en/), page.locator(".lang-switch a[data-lang='en']").click()]);
  await page.goto(`${origin}/data`);
  await settled(page);
  expect((await frameText(page)).lang).toBe("en");
  await page.context().close();
});

test("internal links keep ?lang=zh: the navigation, and a link a page draws after loading", async () => {
  const origin = inject("origin");
  const { page } = await openPage(browser, origin, "/?lang=zh");
  await Promise.all([
    page.waitForURL(/\/timeline/),
    page.locator(".site-nav a", { hasText: zh.site.pages.timeline }).click()
  ]);
  expect(new URL(page.url()).searchParams.get("lang")).toBe("zh");
  await page.goto(`${origin}/capabilities?lang=zh`);
  await settled(page);
  // Drawn by a cell, after the document was parsed.
  const drawn = page.locator('a[href*="thresholds=all"]');
  expect(await drawn.getAttribute("href")).toContain("lang=zh");
  await Promise.all([page.waitForURL(/\/scaling/), drawn.click()]);
  const url = new URL(page.url());
  expect([url.searchParams.get("thresholds"), url.searchParams.get("lang")]).toEqual(["all", "zh"]);
  await page.context().close();
});
