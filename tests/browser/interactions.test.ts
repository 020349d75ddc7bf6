// The pages as a presenter uses them: filters, toggles, selections, keyboard, language, shared links, downloads.
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { readFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage } from "../../scripts/chromium.js";
import { describeTextProblems, textProblems } from "./measure.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

async function open(path: string, width = 1280, height = 900, acceptDownloads = false) {
  const opened = await openPage(browser, inject("origin"), path, { width, height }, { acceptDownloads });
  return opened;
}

/** The fill colours of the model points a chart shows (points hidden by a filter left out). */
const shownPointFills = (page: Page, figure: string) =>
  page
    .locator(`#${figure} svg[class^="plot"] g[aria-label="dot"] > :is(circle, path)[data-models]`)
    .evaluateAll((points) =>
      points
        .filter((p) => getComputedStyle(p).display !== "none")
        .map((p) => p.getAttribute("fill") ?? p.closest("g")!.getAttribute("fill"))
    );
/** The encoder-only branch's colour (src/components/encoding.ts). */
const ENCODER_ONLY = "#d97706";

/** A query parameter of the page's current URL. */
const param = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);

describe("scaling page", () => {
  test("the period after the article is drawn apart; ?period=article shows the article's models only", async () => {
    const { page, problems } = await open("/scaling");
    const bands = page.locator("#compute-by-date .period-after");
    await expect.poll(() => bands.count()).toBe(1);
    expect(await page.locator("#compute-by-date").textContent()).toContain("After the article");
    const total = async () =>
      Number(/of (\d+) models/.exec((await page.locator(".filter-summary").textContent())!)![1]);
    const all = await total();
    await page.goto(`${inject("origin")}/scaling?period=article`, { waitUntil: "load" });
    await expect.poll(() => page.locator("#compute-by-date svg").count()).toBeGreaterThan(0);
    expect(await page.locator("#compute-by-date .period-after").count()).toBe(0);
    expect(await page.locator('[data-models~="deepseek-v3"]').count()).toBe(0);
    expect(await total()).toBeLessThan(all);
    const timeline = await open("/timeline?period=article");
    await expect.poll(() => timeline.page.locator("#release-timeline svg").count()).toBeGreaterThan(0);
    expect(await timeline.page.locator(".period-after").count()).toBe(0);
    expect(problems).toEqual([]);
    expect(timeline.problems).toEqual([]);
  });
  test("a branch filter hides that branch on every chart and goes into the URL", async () => {
    const { page, problems } = await open("/scaling");
    const before = await shownPointFills(page, "parameters-by-date");
    expect(before).toContain(ENCODER_ONLY);
    const [, shown, total] = /Showing (\d+) of (\d+) models/
      .exec((await page.locator(".filter-summary").textContent())!)!
      .map(Number);
    expect(shown).toBe(total);
    await page.getByRole("checkbox", { name: "encoder-only" }).uncheck();
    await expect
      .poll(async () => (await shownPointFills(page, "parameters-by-date")).includes(ENCODER_ONLY))
      .toBe(false);
    const after = await shownPointFills(page, "parameters-by-date");
    expect(after.length).toBe(before.length - before.filter((f) => f === ENCODER_ONLY).length);
    for (const figure of ["compute-by-date", "tokens-by-date", "parameters-vs-tokens"])
      expect(await shownPointFills(page, figure)).not.toContain(ENCODER_ONLY);
    const [, shownAfter] = /Showing (\d+) of/.exec((await page.locator(".filter-summary").textContent())!)!.map(Number);
    expect(shownAfter).toBeLessThan(total!);
    // The URL follows a moment after the charts; the data table counts the rows shown.
    await expect.poll(() => param(page, "branch")).toBe("decoder-only,encoder-decoder,other");
    expect(await page.locator("#parameters-by-date details.figure-data summary").textContent()).toContain(
      `(${shownAfter} rows)`
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("a link with values the page cannot read opens the default view, with every filter working", async () => {
    const { page, problems } = await open(
      "/scaling?from=abc&to=1e99&branch=nonsense&scale=%3Cscript%3E&model=no-such-model"
    );
    expect(await page.locator(".filter-summary").textContent()).toMatch(/Showing (\d+) of \1 models/);
    expect(await page.getByRole("radio", { name: "log" }).isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: "encoder-only" }).uncheck();
    await expect
      .poll(async () => (await shownPointFills(page, "parameters-by-date")).includes(ENCODER_ONLY))
      .toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("log/linear toggle changes the scale of the charts, and the URL", async () => {
    const { page, problems } = await open("/scaling");
    const label = () => page.locator('#parameters-by-date svg[class^="plot"]').getAttribute("aria-label");
    expect(await label()).toMatch(/log scale$/);
    await page.getByRole("radio", { name: "linear" }).check();
    await expect.poll(label).toMatch(/linear scale$/);
    expect(await page.locator('#compute-by-date svg[class^="plot"]').getAttribute("aria-label")).toMatch(
      /linear scale$/
    );
    await expect.poll(() => param(page, "scale")).toBe("linear");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("a shared link reopens the same view", async () => {
    const { page, problems } = await open("/scaling?scale=linear&branch=decoder-only&model=gpt-3-175b&thresholds=none");
    expect(await page.getByRole("radio", { name: "linear" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "encoder-only" }).isChecked()).toBe(false);
    expect(await page.getByRole("radio", { name: "none" }).isChecked()).toBe(true);
    // The model picker shows it; choosing another replaces it, in the link too.
    expect(await page.locator(".controls .combobox-chip span").allTextContents()).toEqual(["GPT-3 175B"]);
    const picker = page.getByRole("combobox", { name: "Highlight model", exact: true });
    await picker.fill("palm");
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await expect.poll(() => param(page, "model")).toMatch(/^palm-/);
    expect(await page.locator(".controls .combobox-chip").count()).toBe(1);
    await picker.press("Backspace");
    await expect.poll(() => param(page, "model")).toBe(null);
    await picker.fill("GPT-3 175");
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await expect.poll(() => param(page, "model")).toBe("gpt-3-175b");
    // The selected model is ringed on each chart that can draw it.
    for (const figure of ["parameters-by-date", "compute-by-date", "tokens-by-date", "parameters-vs-tokens"])
      expect(
        await page.locator(`#${figure} svg[class^="plot"] g[stroke="#dc2626"] [data-models="gpt-3-175b"]`).count(),
        figure
      ).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const [width, height] of [
    [1280, 900],
    [1920, 1080]
  ] as const)
    test(`with every threshold choice, threshold labels are inside the chart and none collide at ${width}×${height}`, async () => {
      for (const choice of ["all", "few-shot", "augmented"]) {
        const { page, problems } = await open(`/scaling?thresholds=${choice}`, width, height);
        for (const figure of ["parameters-by-date", "compute-by-date"]) {
          const labels = page.locator(`#${figure} svg[class^="plot"] g[aria-label="text"] text:has(title)`);
          expect(await labels.count(), `${choice} ${figure}`).toBeGreaterThan(3);
        }
        expect(describeTextProblems(await textProblems(page, "#observablehq-main"))).toEqual([]);
        expect(problems).toEqual([]);
        await page.context().close();
      }
    });
});

describe("timeline page", () => {
  test("keyboard selection opens the model card, and the link reopens it", async () => {
    const { page, problems } = await open("/timeline");
    const node = page.locator('.tree-node circle[data-model="text-davinci-002"]');
    await node.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".model-card h3").textContent()).toBe("text-davinci-002");
    await expect.poll(() => new URL(page.url()).searchParams.get("model")).toBe("text-davinci-002");
    expect(await page.locator(".model-card").textContent()).toMatch(
      /Trained from.*code-davinci-002: supervised instruction tuning/s
    );
    await page.reload({ waitUntil: "load" });
    await expect.poll(() => page.locator(".model-card h3").textContent()).toBe("text-davinci-002");
    expect(await page.locator('.tree-node circle[data-model="text-davinci-002"]').getAttribute("aria-pressed")).toBe(
      "true"
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("clicking a node selects it too", async () => {
    const { page, problems } = await open("/timeline");
    await page.locator('.tree-node circle[data-model="chatgpt"]').click();
    await expect.poll(() => page.locator(".model-card h3").textContent()).toMatch(/^ChatGPT/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const width of [1280, 1920])
    test(`tree labels and edge labels are all drawn, inside the chart, none colliding, at ${width}px`, async () => {
      const { page, problems } = await open("/timeline", width, 1000);
      expect(await page.locator("#gpt35-tree .edge-label text").count()).toBeGreaterThan(10);
      expect(describeTextProblems(await textProblems(page, "#gpt35-tree"))).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });

  test("lanes toggle to organizations", async () => {
    const { page, problems } = await open("/timeline");
    await page.getByRole("radio", { name: "organization" }).check();
    await expect
      .poll(() => page.locator('#release-timeline svg[class^="plot"]').getAttribute("aria-label"))
      .toMatch(/by organization/);
    await expect.poll(() => new URL(page.url()).searchParams.get("lanes")).toBe("organization");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("capabilities page", () => {
  for (const width of [1280, 1920])
    test(`every ability is named in full, in English and in Chinese, at ${width}px`, async () => {
      for (const lang of ["en", "zh"]) {
        const { page, problems } = await open(`/capabilities${lang === "zh" ? "?lang=zh" : ""}`, width, 1000);
        const ticks = page.locator('#capability-matrix g[aria-label="y-axis tick label"] text');
        expect(await ticks.count()).toBeGreaterThan(10);
        expect(describeTextProblems(await textProblems(page, "#capability-matrix"))).toEqual([]);
        if (lang === "zh") {
          expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
          expect(await page.locator("h1").textContent()).toBe("哪个模型能做什么，每项能力从何而来");
          expect(await page.locator("#capability-matrix .svg-legend").textContent()).toMatch(
            /具备.*较弱.*不具备.*退化/s
          );
        }
        expect(problems).toEqual([]);
        await page.context().close();
      }
    });

  test("focusing a cell shows its evidence and source", async () => {
    const { page, problems } = await open("/capabilities?lang=zh");
    await page.locator('.matrix-cell rect[data-key="chatgpt|in-context-learning"]').focus();
    await expect.poll(() => page.locator(".evidence").textContent()).toMatch(/ChatGPT/);
    expect(await page.locator(".evidence blockquote").textContent()).toMatch(/牺牲了几乎所有的上下文学习的能力/);
    expect(await page.locator(".evidence a").count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("data page", () => {
  test("search narrows the table; every table downloads as CSV", async () => {
    const { page, problems } = await open("/data", 1280, 900, true);
    await page.getByRole("searchbox", { name: "Search models" }).fill("LLaMA");
    const models = page.locator("main form table").first();
    // The four LLaMA sizes of 2023 and, after the article, Llama 2 70B, Llama 3 70B, Llama 3.1 405B, Llama 4 Maverick.
    await expect.poll(() => models.locator("tbody tr").count()).toBe(8);
    expect(await models.locator("tbody").textContent()).toMatch(/LLaMA 65B/);
    expect(await models.locator("tbody").textContent()).toMatch(/Llama 4 Maverick/);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download releases as CSV" }).click();
    const file = await (await download).path();
    const csv = await readFile(file, "utf8");
    expect(csv.split("\n")[0]).toMatch(/^id,name,name_zh,api_name,organization/);
    expect(csv.trim().split("\n").length).toBeGreaterThan(54);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("chart downloads", () => {
  test("SVG and PNG stand alone: opaque, light whatever the page's scheme, with title, legend, source and date; CSV with provenance", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: "dark",
      acceptDownloads: true
    });
    const page = await context.newPage();
    await page.goto(`${inject("origin")}/scaling`, { waitUntil: "load" });
    await page.waitForFunction(
      () => !document.querySelector("observablehq-loading") && document.querySelector("#parameters-by-date svg")
    );
    const figure = page.locator("#parameters-by-date");
    const grab = async (name: string) => {
      const download = page.waitForEvent("download");
      await figure.getByRole("button", { name: new RegExp(`as ${name}$`) }).click();
      const d = await download;
      return { name: d.suggestedFilename(), data: await readFile((await d.path())!) };
    };
    const svg = await grab("SVG");
    expect(svg.name).toBe("parameters-by-date.svg");
    const text = svg.data.toString("utf8");
    expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('fill="#ffffff"');
    expect(text).toContain("Parameters against release date");
    expect(text).toMatch(/Source: .*Data as of \d{4}-\d\d-\d\d/);
    expect(text).toContain("svg-legend");
    expect(text).not.toContain("currentColor");
    expect(text).not.toContain("var(--");
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)![1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)![1]);
    const png = await grab("PNG");
    expect(png.data.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.data.readUInt32BE(16), png.data.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
    // The 16:9 slide size.
    await figure.getByRole("combobox", { name: /^Image size/ }).selectOption("slide");
    const slide = await grab("PNG");
    expect([slide.data.readUInt32BE(16), slide.data.readUInt32BE(20)]).toEqual([1920, 1080]);
    // The dark theme for a dark slide template: dark paper and light ink in the file.
    await figure.getByRole("combobox", { name: /^Image theme/ }).selectOption("dark");
    const dark = (await grab("SVG")).data.toString("utf8");
    expect(dark).toContain('fill="#111827"');
    expect(dark).toContain("color:#f3f4f6");
    await figure.getByRole("combobox", { name: /^Image theme/ }).selectOption("light");
    const csv = (await grab("CSV")).data.toString("utf8").split("\n");
    expect(csv[0]).toBe("Model,Released,Parameters,Status,Estimated by,Note,Source,figure,figure_source,data_as_of");
    expect(csv[1]).toMatch(/,parameters-by-date,.*,\d{4}-\d\d-\d\d$/);
    await context.close();
  });
});

/** Whether this build was made with a copy of Epoch's table (EPOCH_CSV or the drop folder). */
function builtWithEpoch(): boolean {
  const file = readdirSync("dist/_file/data").find((f) => /^epoch\.[0-9a-f]+\.json$/.test(f));
  return file !== undefined && JSON.parse(readFileSync(`dist/_file/data/${file}`, "utf8")).available === true;
}

describe("the Epoch AI backdrop", () => {
  test("drawn behind the catalog when an import is present, credited, and kept in the URL", async () => {
    // The build has no Epoch copy (none is committed): serve a small import in place of the built one.
    const imported = {
      available: true,
      attribution: "Epoch AI, Data on AI Models (CC BY 4.0)",
      counts: { read: 5, language: 3, imported: 3, matched: 0, skipped: 2 },
      models: [
        {
          id: "epoch-a",
          name: "A",
          release_date: "2019-05-01",
          parameters: 3e9,
          training_compute: 1e21,
          training_tokens: null
        },
        {
          id: "epoch-b",
          name: "B",
          release_date: "2021-03-01",
          parameters: 2e10,
          training_compute: null,
          training_tokens: null
        },
        {
          id: "epoch-c",
          name: "C",
          release_date: "2022-09-01",
          parameters: null,
          training_compute: 5e23,
          training_tokens: null
        }
      ]
    };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/_file/data/epoch.*.json", (route) => route.fulfill({ json: imported }));
    await context.route("**/_file/data/epoch-status.*.json", (route) =>
      route.fulfill({ json: { available: true, reason: null, attribution: imported.attribution } })
    );
    const page = await context.newPage();
    await page.goto(`${inject("origin")}/scaling?backdrop=on`, { waitUntil: "load" });
    const backdrop = (figure: string) =>
      page.locator(`#${figure} svg[class^="plot"] g.backdrop circle:not(.filtered-out)`).count();
    await expect.poll(() => backdrop("parameters-by-date")).toBe(2);
    expect(await backdrop("compute-by-date")).toBe(2);
    expect(await page.locator("#parameters-by-date figcaption").textContent()).toMatch(
      /language models from Epoch AI, “Data on AI Models” \(CC BY 4\.0\)/
    );
    expect(await page.locator(".filter-summary").textContent()).toMatch(/over 3 from Epoch AI/);
    // The years filter applies to the backdrop too, in place.
    await page
      .getByRole("textbox", { name: "To year" })
      .or(page.getByRole("spinbutton", { name: "To year" }))
      .first()
      .fill("2020");
    await page
      .getByRole("textbox", { name: "To year" })
      .or(page.getByRole("spinbutton", { name: "To year" }))
      .first()
      .press("Enter");
    await expect.poll(() => backdrop("parameters-by-date")).toBe(1);
    await expect.poll(() => page.locator(".filter-summary").textContent()).toMatch(/over 1 from Epoch AI/);
    // The GPT line is still highlighted over it, and the backdrop is in the legend.
    expect(
      await page
        .locator(
          '#parameters-by-date svg[class^="plot"] g[aria-label="line"]:not([stroke-dasharray]) path[data-models="gpt-1 gpt-2-xl gpt-3-175b"]'
        )
        .count()
    ).toBe(1);
    expect((await page.locator("#parameters-by-date .svg-legend").allTextContents()).join(" ")).toContain(
      "Epoch AI models (estimates)"
    );
    await page.getByRole("checkbox", { name: "Epoch AI backdrop" }).uncheck();
    await expect.poll(() => backdrop("parameters-by-date")).toBe(0);
    await expect.poll(() => param(page, "backdrop")).toBeNull();
    await context.close();
  });

  test("not fetched while it is off: fetched when the toggle turns on, then drawn", async () => {
    const models = [
      {
        id: "epoch-a",
        name: "A",
        release_date: "2019-05-01",
        parameters: 3e9,
        training_compute: 1e21,
        training_tokens: null
      }
    ];
    const attribution = "Epoch AI, Data on AI Models (CC BY 4.0)";
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    await context.route("**/_file/data/epoch.*.json", (route) => {
      fetched.push(route.request().url());
      return route.fulfill({
        json: {
          available: true,
          attribution,
          counts: { read: 1, language: 1, imported: 1, matched: 0, skipped: 0 },
          models
        }
      });
    });
    await context.route("**/_file/data/epoch-status.*.json", (route) =>
      route.fulfill({ json: { available: true, reason: null, attribution } })
    );
    for (const path of ["/", "/scaling"]) {
      const page = await context.newPage();
      await page.goto(`${inject("origin")}${path}`, { waitUntil: "networkidle" });
      await page.locator("#parameters-by-date svg").first().waitFor();
      expect(fetched, path).toEqual([]);
      await page.close();
    }
    const page = await context.newPage();
    await page.goto(`${inject("origin")}/scaling`, { waitUntil: "networkidle" });
    await page.getByRole("checkbox", { name: "Epoch AI backdrop" }).check();
    await expect
      .poll(() => page.locator('#parameters-by-date svg[class^="plot"] g.backdrop circle:not(.filtered-out)').count())
      .toBe(1);
    expect(fetched).toHaveLength(1);
    await expect.poll(() => param(page, "backdrop")).toBe("on");
    await context.close();
  });

  test("keeps the catalog's dates as the axis; a toggle, kept in the URL, widens both growth charts to Epoch's range", async () => {
    const row = (id: string, release_date: string, parameters: number | null, training_compute: number | null) => ({
      id,
      name: id,
      release_date,
      parameters,
      training_compute,
      training_tokens: null
    });
    const imported = {
      available: true,
      attribution: "Epoch AI, Data on AI Models (CC BY 4.0)",
      counts: { read: 5, language: 5, imported: 5, matched: 0, skipped: 0 },
      models: [
        row("epoch-early", "2015-06-01", 1e9, null),
        row("epoch-mid", "2021-03-01", 2e10, 1e22),
        // After the catalog's last model (Qwen3, April 2025), so that widening moves the right end too.
        row("epoch-late", "2026-03-01", null, 1e25),
        row("epoch-bad", "1901-01-01", 1e9, 1e20)
      ]
    };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route("**/_file/data/epoch.*.json", (route) => route.fulfill({ json: imported }));
    await context.route("**/_file/data/epoch-status.*.json", (route) =>
      route.fulfill({ json: { available: true, reason: null, attribution: imported.attribution } })
    );
    const page = await context.newPage();
    await page.goto(`${inject("origin")}/scaling?backdrop=on`, { waitUntil: "load" });
    const years = (figure: string) =>
      page.locator(`#${figure} svg[class^="plot"] g[aria-label="x-axis tick label"] text`).allTextContents();
    const span = async (figure: string) => ((ys) => [ys[0], ys.at(-1)])(await years(figure));
    await expect.poll(() => span("parameters-by-date")).toEqual(["2018", "2025"]);
    expect(await span("compute-by-date")).toEqual(["2018", "2025"]);
    await page.getByRole("checkbox", { name: "Dates: Epoch AI’s whole range" }).check();
    await expect.poll(() => span("parameters-by-date")).toEqual(["2016", "2026"]);
    expect(await span("compute-by-date")).toEqual(["2016", "2026"]);
    expect(await years("parameters-by-date")).toEqual(await years("compute-by-date"));
    await expect.poll(() => param(page, "widen")).toBe("on");
    expect((await page.locator("#parameters-by-date .svg-legend").allTextContents()).join(" ")).toContain(
      "Epoch AI models (estimates)"
    );
    expect(await page.locator("#parameters-by-date figcaption").textContent()).toContain(
      "over Epoch’s whole date range"
    );
    // The link reopens the widened view; the impossible date is nowhere.
    await page.reload({ waitUntil: "load" });
    await expect.poll(() => span("compute-by-date")).toEqual(["2016", "2026"]);
    expect(await page.locator('[data-models="epoch-bad"]').count()).toBe(0);
    await page.getByRole("checkbox", { name: "Dates: Epoch AI’s whole range" }).uncheck();
    await expect.poll(() => span("parameters-by-date")).toEqual(["2018", "2025"]);
    await expect.poll(() => param(page, "widen")).toBeNull();
    await context.close();
  });

  test.skipIf(builtWithEpoch())("without an import, the toggle is disabled and the page says why", async () => {
    const { page, problems } = await open("/scaling?backdrop=on");
    expect(await page.getByRole("checkbox", { name: "Epoch AI backdrop" }).isDisabled()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Dates: Epoch AI’s whole range" }).isDisabled()).toBe(true);
    expect(await page.locator(".filter-summary").textContent()).toMatch(/no copy of Epoch’s table was provided/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

test("the Data page draws an undisclosed value as undisclosed, not as a blank cell, in both languages", async () => {
  for (const [path, word] of [
    ["/data", "undisclosed"],
    ["/data?lang=zh", "未公开"]
  ] as const) {
    const { page, problems } = await open(path);
    // Transformer (base): its training data is reported in sentence pairs, so no size is given (undisclosed).
    const cells = await page.evaluate(() =>
      [...document.querySelector(".models-table tbody tr")!.querySelectorAll("td")].map((td) => td.textContent!.trim())
    );
    expect(cells[1]).toBe("Transformer (base)");
    expect(cells[6]).toBe(`${word} ↗`);
    expect(problems).toEqual([]);
    await page.context().close();
  }
});

test("a chart downloaded from the Chinese page says what it is in Chinese: title, source line and a Chinese date", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${inject("origin")}/scaling?lang=zh`, { waitUntil: "load" });
  await page.waitForFunction(
    () => !document.querySelector("observablehq-loading") && document.querySelector("#parameters-by-date svg")
  );
  const download = page.waitForEvent("download");
  await page
    .locator("#parameters-by-date")
    .getByRole("button", { name: /下载为 SVG$/ })
    .click();
  const text = (await readFile((await (await download).path())!)).toString("utf8");
  expect(text).toContain("参数量随发布日期的增长");
  expect(text).toMatch(/数据截至 \d{4} 年 \d{1,2} 月 \d{1,2} 日 · GPT 规模演进笔记/);
  await context.close();
});
