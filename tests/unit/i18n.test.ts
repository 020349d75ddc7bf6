// The two languages' interface text: same keys and kinds in both (beyond what the types check), Chinese
// punctuated as Chinese, numbers and dates as each language writes them, and the head script behaving as lang.ts.
import { afterEach, describe, expect, test, vi } from "vitest";
import { JSDOM } from "jsdom";
import { en } from "../../src/i18n/en.js";
import { zh } from "../../src/i18n/zh.js";
import type { Dictionary } from "../../src/i18n/dictionary.js";
import { DICTIONARIES } from "../../src/i18n/index.js";
import { FIGURES } from "../../src/figures/registry.js";
import { storyData } from "../support/story-data.js";
import {
  exactNumber,
  formatCount,
  formatDataSize,
  formatDate,
  formatFlop,
  formatYear,
  logTickFormat,
  powerOfTen
} from "../../src/i18n/format.js";
import {
  currentLang,
  htmlLang,
  LANG_STORAGE_KEY,
  parseLang,
  rememberLang,
  storedLang,
  withLang,
  type Lang
} from "../../src/i18n/lang.js";
import { headScript } from "../../src/i18n/head-script.js";
import * as components from "../../src/components/i18n.js";
import { englishInterfaceStrings, englishLeaks } from "../support/dictionary-leaks.js";

type Tree = { [key: string]: unknown };

/** Every leaf of a dictionary: its dotted path, and the value (a string or a function). */
function leaves(tree: unknown, path = ""): [string, unknown][] {
  if (tree !== null && typeof tree === "object")
    return Object.entries(tree as Tree).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  return [[path, tree]];
}

/** Differences in shape: a key on one side only, or a string on one side and a function (or another arity) on the other. */
function shapeDifferences(reference: unknown, other: unknown): string[] {
  const a = new Map(leaves(reference));
  const b = new Map(leaves(other));
  const kind = (v: unknown) =>
    typeof v === "function" ? `function/${(v as (...args: unknown[]) => unknown).length}` : typeof v;
  return [
    ...[...a.keys()].filter((k) => !b.has(k)).map((k) => `missing: ${k}`),
    ...[...b.keys()].filter((k) => !a.has(k)).map((k) => `extra: ${k}`),
    ...[...a]
      .filter(([k, v]) => b.has(k) && kind(v) !== kind(b.get(k)))
      .map(([k, v]) => `${k}: ${kind(v)} against ${kind(b.get(k))}`)
  ];
}

const CJK = "[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]";
const HALF_WIDTH = "[,:;()?!]";
const MIXED = new RegExp(`${CJK}${HALF_WIDTH}|${HALF_WIDTH}${CJK}`, "gu");
/** Half-width , : ; ( ) ? ! touching a Chinese character (or Chinese punctuation): each offending pair. A title in
 * 《》 keeps its own punctuation (《How does GPT Obtain its Ability?》). */
const halfWidthNextToCjk = (text: string) => text.replace(/《[^》]*》/g, "《》").match(MIXED) ?? [];

/** Sample arguments for the dictionaries' functions: strings stand in for numbers too (they are only interpolated). */
const SAMPLE_ARGS: unknown[][] = [
  ["甲", "乙", "丙", "丁", "戊"],
  ["GPT-3", "175B", "RLHF", null, "x"],
  ["1", "2", "3", "4", "5"]
];

/** Every text a Chinese value produces: the string, or the function called with each set of sample arguments. */
function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "function") return [];
  return SAMPLE_ARGS.map((args) => String((value as (...a: unknown[]) => unknown)(...args)));
}

describe("dictionaries", () => {
  test("the Chinese dictionary has every key of the English one, with the same kind of value", () => {
    expect(shapeDifferences(en, zh)).toEqual([]);
  });

  test("a missing key, an extra key or a string for a function is a compile error (tsc checks these lines)", () => {
    // @ts-expect-error the footer is missing
    const missing: Dictionary = { ...zh, site: { title: "", navLabel: "", onThisPage: "", pages: zh.site.pages } };
    // @ts-expect-error a key the English dictionary does not have
    const extra: Dictionary = { ...zh, languageSwitch: { ...zh.languageSwitch, fr: "Français" } };
    // @ts-expect-error a string where a function of the row count belongs
    const wrongKind: Dictionary = { ...zh, figure: { ...zh.figure, data: "数据" } };
    expect([missing, extra, wrongKind]).toHaveLength(3);
  });

  test("the shape check finds a missing key, an extra key and a string where a function belongs", () => {
    const broken = structuredClone({ a: "x", b: { c: "y" } });
    expect(
      shapeDifferences({ a: "x", b: { c: "y", d: "z" }, f: (n: number) => `${n}` }, { ...broken, e: "w", f: "no" })
    ).toEqual(["missing: b.d", "extra: e", "f: function/1 against string"]);
  });

  test("the talk's section of the dictionaries holds the deck's interface only: its slides are stories", () => {
    // The slides' titles, text and notes are in stories/gpt-history.md and gpt-history.zh.md (tests/unit/stories.test.ts).
    for (const lang of ["en", "zh"] as const)
      expect(Object.keys(DICTIONARIES[lang].talk).sort()).toEqual(["deck", "notesPosition", "presenter"]);
  });

  test("components/i18n.ts still exports the capability page's words, now from the dictionaries", () => {
    expect(components.words("zh").matrixTitle).toBe(zh.capability.matrixTitle);
    expect(components.words("en").state.present).toBe("present");
    expect(components.LANGS).toEqual(["en", "zh"]);
    expect(components.STATE_SYMBOL.regressed).toBe("↓");
    expect(components.LIMITATIONS).toHaveLength(3);
  });
});

describe("English left on a Chinese page", () => {
  test("finds the dictionary's English words and phrases, whole words only, outside quoted titles", () => {
    const strings = englishInterfaceStrings();
    expect(strings).toContain("Timeline and lineage");
    expect(strings).toContain("Data behind this chart"); // the fixed part of a function's text
    expect(strings).not.toContain("RLHF"); // the same in both languages
    expect(englishLeaks("规模 | Timeline and lineage")).toContain("Timeline and lineage");
    expect(englishLeaks("图表背后的数据（3 行）· Data behind this chart")).toContain("Data behind this chart");
    expect(englishLeaks("导入的背景数据：Epoch AI，“Data on AI Models”（CC BY 4.0）。")).toEqual([]);
    expect(
      englishLeaks(
        zh.site.footer.data(zh.site.footer.dataLink) +
          zh.site.footer.thresholds +
          zh.site.footer.claims +
          zh.site.footer.backdrop
      )
    ).toEqual([]);
    expect(englishLeaks("Scalingo")).toEqual([]);
  });
});

describe("Chinese punctuation", () => {
  test("the check finds half-width punctuation beside Chinese, and only there", () => {
    expect(halfWidthNextToCjk("数据,来源")).toEqual(["据,"]);
    expect(halfWidthNextToCjk("参数量(对数坐标)")).toEqual(["量(", "标)"]);
    expect(halfWidthNextToCjk("好?")).toEqual(["好?"]);
    expect(halfWidthNextToCjk("数据，来源（GPT-3, 2020）：Wei et al. (2022)")).toEqual([]);
  });

  const chinese: [string, unknown][] = [
    ...leaves(zh).map(([k, v]): [string, unknown] => [`zh.${k}`, v]),
    ...FIGURES.flatMap((f): [string, unknown][] => [
      [`figure ${f.id}: title`, f.title.zh],
      [`figure ${f.id}: source`, f.source.zh],
      ...[{}, { thresholds: "all" as const, backdrop: true, lanes: "organization" as const }].map(
        (state): [string, unknown] => [`figure ${f.id}: caption`, f.caption(storyData() as never, state).zh]
      ),
      ...f.columns.map((c): [string, unknown] => [`figure ${f.id}: column`, c.label.zh])
    ])
  ];

  test.each(chinese)("%s: full-width punctuation beside Chinese", (_, value) => {
    const texts = textsOf(value);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(halfWidthNextToCjk(text), text).toEqual([]);
  });
});

describe("formats", () => {
  test.each([
    [175e9, "1,750 亿", "175B"],
    [1.2e12, "1.2 万亿", "1.2T"],
    [117e6, "1.17 亿", "117M"],
    [1.5e9, "15 亿", "1.5B"],
    [300e9, "3,000 亿", "300B"],
    [13e9, "130 亿", "13B"],
    [40e6, "4,000 万", "40M"],
    [12_000, "1.2 万", "12K"],
    [768, "768", "768"],
    [999.96e8, "1,000 亿", "100B"],
    // Rounding carries into the next unit: 9,999.6 亿 reads 1 万亿.
    [9999.6e8, "1 万亿", "1000B"],
    [1.4e12, "1.4 万亿", "1.4T"],
    [2e16, "2×10¹⁶", "2.0e16"]
  ])("count %d → %s (en %s)", (value, chinese, english) => {
    expect(formatCount(value, "zh")).toBe(chinese);
    expect(formatCount(value, "en")).toBe(english);
    expect(formatCount(value, "en")).toBe(english);
  });

  test("undisclosed is a word, never a number", () => {
    expect(formatCount(null, "zh")).toBe("未公开");
    expect(formatCount(undefined, "en")).toBe("undisclosed");
    expect(formatFlop(null, "zh")).toBe("未公开");
    expect(exactNumber(null, "zh")).toBe("未公开");
  });

  test("training compute", () => {
    expect(formatFlop(3.14e23, "en")).toBe("3.1e23 FLOP");
    expect(formatFlop(1e23, "en")).toBe("1e23 FLOP");
    expect(formatFlop(3.14e23, "zh")).toBe("3.1×10²³ FLOP");
    expect(formatFlop(1e23, "zh")).toBe("10²³ FLOP");
    expect(formatFlop(2.1e25, "zh")).toBe("2.1×10²⁵ FLOP");
    expect(powerOfTen(5e-3)).toBe("5×10⁻³");
  });

  test("exact numbers for tooltips", () => {
    expect(exactNumber(175e9, "en")).toBe("175,000,000,000");
    expect(exactNumber(175e9, "zh")).toBe("175,000,000,000（1,750 亿）");
    expect(exactNumber(117e6, "zh")).toBe("117,000,000（1.17 亿）");
    expect(exactNumber(768, "zh")).toBe("768");
  });

  test("dates in both precisions", () => {
    expect(formatDate("2020-05-28", "day", "en")).toBe("May 28, 2020");
    expect(formatDate("2020-05-01", "month", "en")).toBe("May 2020");
    expect(formatDate("2020-05-28", "day", "zh")).toBe("2020 年 5 月 28 日");
    expect(formatDate("2020-05-01", "month", "zh")).toBe("2020 年 5 月");
    expect(formatDate("2022-11-30", "day", "zh")).toBe("2022 年 11 月 30 日");
    expect(formatYear(new Date("2019-01-01T00:00:00Z"), "zh")).toBe("2019 年");
    expect(formatYear(new Date("2019-01-01T00:00:00Z"), "en")).toBe("2019");
  });

  test("data sizes", () => {
    expect(formatDataSize(40e9, "bytes", "zh")).toBe("40 GB");
    expect(formatDataSize(300e9, "tokens", "zh")).toBe("3,000 亿 token");
    expect(formatDataSize(3.3e9, "words", "zh")).toBe("33 亿 词");
    expect(formatDataSize(3.3e9, "words", "en")).toBe("3.3B words");
    expect(formatDataSize(null, "tokens", "zh")).toBe("未公开");
  });

  test("log-axis ticks: powers of ten labelled, the rest blank", () => {
    const countZh = logTickFormat("count", "zh");
    expect([1e6, 1e8, 1e9, 1e11, 1e12, 3e9].map(countZh)).toEqual([
      "100 万",
      "1 亿",
      "10 亿",
      "1,000 亿",
      "1 万亿",
      ""
    ]);
    expect([1e8, 1e9, 1e12, 3e9].map(logTickFormat("count", "en"))).toEqual(["100M", "1B", "1T", ""]);
    expect([1e21, 1e24, 5e23].map(logTickFormat("flop", "en"))).toEqual(["1e21", "1e24", ""]);
    expect([1e21, 1e24, 5e23].map(logTickFormat("flop", "zh"))).toEqual(["10²¹", "10²⁴", ""]);
  });
});

describe("language state", () => {
  afterEach(() => vi.unstubAllGlobals());
  const fakeStorage = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  test("currentLang: the URL, else the remembered choice, else English; a language in the URL is remembered", () => {
    vi.stubGlobal("localStorage", fakeStorage());
    expect(currentLang("")).toBe("en");
    expect(currentLang("?lang=fr")).toBe("en");
    expect(storedLang()).toBe(null);
    expect(currentLang("?model=gpt-1&lang=zh")).toBe("zh");
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe("zh");
    expect(currentLang("")).toBe("zh");
    expect(currentLang("?lang=ZH")).toBe("zh");
    expect(currentLang("?lang=en")).toBe("en");
    expect(currentLang("")).toBe("en");
    rememberLang("zh");
    expect(currentLang("?lang=")).toBe("zh");
  });

  test("currentLang without storage (refused, as in some private modes) still follows the URL", () => {
    vi.stubGlobal("localStorage", {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      }
    });
    expect(currentLang("?lang=zh")).toBe("zh");
    expect(currentLang("")).toBe("en");
  });

  test("only zh and en are languages", () => {
    expect(["zh", "en", "ZH", "zh-CN", "fr", "", null].map(parseLang)).toEqual([
      "zh",
      "en",
      null,
      null,
      null,
      null,
      null
    ]);
    expect(htmlLang("zh")).toBe("zh-CN");
    expect(htmlLang("en")).toBe("en");
  });

  test.each([
    ["./scaling", "zh", "./scaling?lang=zh"],
    ["./scaling?thresholds=all", "zh", "./scaling?thresholds=all&lang=zh"],
    ["./data#sources", "zh", "./data?lang=zh#sources"],
    ["./data?lang=en#sources", "zh", "./data?lang=zh#sources"],
    ["./scaling?lang=zh&model=gpt-3-175b", "en", "./scaling?model=gpt-3-175b"],
    ["./", "en", "./"],
    ["#method", "zh", "#method"],
    ["https://arxiv.org/abs/2005.14165", "zh", "https://arxiv.org/abs/2005.14165"],
    ["//example.org/x", "zh", "//example.org/x"],
    ["mailto:someone@example.org", "zh", "mailto:someone@example.org"]
  ] as [string, Lang, string][])("withLang(%s, %s) → %s", (href, lang, expected) => {
    expect(withLang(href, lang)).toBe(expected);
  });
});

describe("the head script", () => {
  const script = headScript({
    langs: ["en", "zh"],
    defaultLang: "en",
    tags: { en: "en", zh: "zh-CN" },
    pageNames: { en: { "": "Home", scaling: "Scaling" }, zh: { "": "首页", scaling: "规模" } },
    siteTitle: { en: "Home", zh: "首页" },
    tocLabel: { en: "On this page", zh: "本页内容" },
    pager: { en: { previous: "Previous page", next: "Next page" }, zh: { previous: "上一页", next: "下一页" } }
  });
  const HREFS = [
    "./scaling",
    "./scaling?thresholds=all",
    "./data#sources",
    "#method",
    "https://example.org/",
    "./?lang=en"
  ];

  function run(url: string, stored: string | null) {
    const links = HREFS.map((href) => `<a href="${href}">x</a>`).join("");
    const dom = new JSDOM(
      `<!doctype html><html><head><title>Scaling</title></head><body><nav class="site-nav" aria-label="Pages" data-aria-label-zh="页面"></nav><div class="lang-switch"><a href="./scaling" data-lang="en">English</a><a href="./scaling" data-lang="zh">中文</a></div>${links}<a href="/_file/x.json" download>JSON</a></body></html>`,
      { url, runScripts: "outside-only" }
    );
    if (stored) dom.window.localStorage.setItem("gpt-notebook-lang", stored);
    dom.window.eval(script);
    dom.window.dispatchEvent(new dom.window.Event("DOMContentLoaded"));
    const doc = dom.window.document;
    return { dom, doc, hrefs: [...doc.querySelectorAll("body > a")].map((a) => a.getAttribute("href")) };
  }

  test.each([
    ["http://localhost/scaling?lang=zh", null, "zh"],
    ["http://localhost/scaling?lang=en", "zh", "en"],
    ["http://localhost/scaling", "zh", "zh"],
    ["http://localhost/scaling?lang=fr", "zh", "zh"],
    ["http://localhost/scaling?lang=fr", null, "en"],
    ["http://localhost/scaling", null, "en"]
  ] as [string, string | null, Lang][])("%s with %s remembered: %s, as lang.ts decides", (url, stored, lang) => {
    const { doc, hrefs, dom } = run(url, stored);
    expect(doc.documentElement.lang).toBe(htmlLang(lang));
    expect(hrefs).toEqual([...HREFS.map((href) => withLang(href, lang)), "/_file/x.json"]);
    // A language in the URL is remembered; otherwise the memory is left as it was.
    expect(dom.window.localStorage.getItem("gpt-notebook-lang")).toBe(
      parseLang(new URL(url).searchParams.get("lang")) ?? stored
    );
    const current = [...doc.querySelectorAll(".lang-switch a[aria-current='true']")].map((a) =>
      a.getAttribute("data-lang")
    );
    expect(current).toEqual([lang]);
  });

  test("in Chinese: the title, the navigation's name, and the switch pointing at this page in each language", () => {
    const { doc } = run("http://localhost/scaling?lang=zh&model=gpt-1#top", null);
    expect(doc.title).toBe("规模 | 首页");
    expect(doc.querySelector(".site-nav")!.getAttribute("aria-label")).toBe("页面");
    expect([...doc.querySelectorAll(".lang-switch a")].map((a) => a.getAttribute("href"))).toEqual([
      "/scaling?lang=en&model=gpt-1#top",
      "/scaling?lang=zh&model=gpt-1#top"
    ]);
  });

  test("a third language needs no change to the script: its tag, title, pager and frame come from the words given", () => {
    const french = headScript({
      langs: ["en", "zh", "fr"],
      defaultLang: "en",
      tags: { en: "en", zh: "zh-CN", fr: "fr" },
      pageNames: { en: { "": "Home" }, zh: { "": "首页" }, fr: { "": "Accueil", scaling: "Échelle" } },
      siteTitle: { en: "Home", zh: "首页", fr: "Accueil" },
      tocLabel: { en: "On this page", zh: "本页内容", fr: "Sur cette page" },
      pager: {
        en: { previous: "Previous page", next: "Next page" },
        zh: { previous: "上一页", next: "下一页" },
        fr: { previous: "Page précédente", next: "Page suivante" }
      }
    });
    const dom = new JSDOM(
      `<!doctype html><html><head><title>Scaling</title></head><body><nav aria-label="Pages" data-aria-label-fr="Pages du site"></nav></body></html>`,
      { url: "http://localhost/scaling?lang=fr", runScripts: "outside-only" }
    );
    dom.window.eval(french);
    dom.window.dispatchEvent(new dom.window.Event("DOMContentLoaded"));
    const doc = dom.window.document;
    expect(doc.documentElement.lang).toBe("fr");
    expect(doc.title).toBe("Échelle | Accueil");
    expect(doc.querySelector("nav")!.getAttribute("aria-label")).toBe("Pages du site");
    const style = doc.head.querySelector("style")!.textContent!;
    expect(style).toContain('.i18n:not([lang="fr"]) { display: none !important; }');
    expect(style).toContain('content: "Page précédente"');
  });

  test("choosing a language in the switch remembers it; links added later keep the language", async () => {
    const { dom, doc } = run("http://localhost/scaling", null);
    doc.addEventListener("click", (event) => event.preventDefault()); // jsdom does not navigate
    (doc.querySelector(".lang-switch a[data-lang='zh']") as HTMLAnchorElement).dispatchEvent(
      new dom.window.MouseEvent("click", { bubbles: true, cancelable: true })
    );
    expect(dom.window.localStorage.getItem("gpt-notebook-lang")).toBe("zh");
    const zhPage = run("http://localhost/timeline?lang=zh", null);
    const later = zhPage.doc.createElement("a");
    later.setAttribute("href", "./scaling?thresholds=all");
    zhPage.doc.body.append(later);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(later.getAttribute("href")).toBe("./scaling?thresholds=all&lang=zh");
  });
});
