// @vitest-environment jsdom
import { expect, test } from "vitest";
import { claimsList, groupBySection, verdictBadge } from "../../../src/components/claims-list.js";
import type { ClaimRow } from "../../../src/contract.js";
import { figureTitles } from "../../../src/views/article.js";
import { tokensByDate } from "../../../src/figures/registry.js";

const row = (id: string, order: number, section: string, extra: Partial<ClaimRow> = {}): ClaimRow => ({
  id,
  order,
  section,
  paragraph: order + 1,
  article_text: `句子${id}`,
  claim: `Sentence ${id}`,
  claim_zh: null,
  kind: "fact",
  verdict: "confirmed",
  corrected_value: null,
  corrected_value_zh: null,
  note: null,
  note_zh: null,
  source: "paper-a",
  source_title: "Paper A",
  source_url: "https://example.org/a",
  shown_in: null,
  shown_page: null,
  shown_figure: null,
  ...extra
});
const rows = [
  row("c001", 0, "ChatGPT"),
  row("c002", 1, "总结", {
    verdict: "corrected",
    corrected_value: "300 billion tokens",
    note: "Tokens, not words.",
    shown_in: "/scaling#tokens-by-date",
    shown_page: "/scaling",
    shown_figure: "tokens-by-date"
  }),
  row("c003", 2, "ChatGPT", { verdict: "interpretation", kind: "opinion" })
];

test("sections in the article's order; a heading that comes back starts a new group", () => {
  expect(groupBySection(rows).map((g) => [g.section, g.rows.map((r) => r.id)])).toEqual([
    ["ChatGPT", ["c001"]],
    ["总结", ["c002"]],
    ["ChatGPT", ["c003"]]
  ]);
});

test("a badge says its verdict in words, the symbol hidden from screen readers", () => {
  const badge = verdictBadge("corrected");
  expect(badge.textContent).toBe("✗ Corrected");
  expect(badge.querySelector('[aria-hidden="true"]')!.textContent).toBe("✗ ");
});

test("each claim shows the Chinese sentence, the English, the correction with its source, and the chart link", () => {
  const list = claimsList(rows, {
    figureTitles: { "tokens-by-date": "Training data against release date, in tokens" }
  });
  expect(list.querySelector(".claims-summary")!.textContent).toBe(
    "3 of 3 claims shown: 1 confirmed, 1 corrected, 0 unverifiable, 1 interpretation."
  );
  expect([...list.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(["ChatGPT", "总结", "ChatGPT"]);
  const corrected = list.querySelector("#c002")!;
  expect(corrected.querySelector("blockquote")!.getAttribute("lang")).toBe("zh-CN");
  expect(corrected.querySelector("blockquote")!.textContent).toBe("句子c002");
  expect(corrected.querySelector(".claim-correction")!.textContent).toBe("Correction: 300 billion tokens");
  expect(corrected.querySelector<HTMLAnchorElement>(".claim-source a")!.getAttribute("href")).toBe(
    "https://example.org/a"
  );
  const chart = corrected.querySelector<HTMLAnchorElement>(".claim-shown a")!;
  expect(chart.getAttribute("href")).toBe("./scaling#tokens-by-date");
  expect(chart.textContent).toBe("Training data against release date, in tokens (Scaling)");
  expect(list.querySelector("#c001 .claim-correction")).toBeNull();
  expect(list.querySelector("#c001 .claim-shown")).toBeNull();
});

test("an empty selection says so", () => {
  expect(claimsList([], { total: 3 }).textContent).toMatch(/0 of 3 claims shown.*No claim matches/);
});

test("without the figure's title a claim still links to its page; the article's view passes the registry's titles", () => {
  const bare = claimsList(rows).querySelector<HTMLAnchorElement>("#c002 .claim-shown a")!;
  expect(bare.textContent).toBe("Scaling");
  expect(bare.getAttribute("href")).toBe("./scaling#tokens-by-date");
  expect(figureTitles("en")["tokens-by-date"]).toBe(tokensByDate.title.en);
  const zh = claimsList(rows, { lang: "zh", figureTitles: figureTitles("zh") });
  expect(zh.querySelector<HTMLAnchorElement>("#c002 .claim-shown a")!.getAttribute("href")).toBe(
    "./scaling?lang=zh#tokens-by-date"
  );
  expect(zh.querySelector("#c002 .claim-shown a")!.textContent).toContain(figureTitles("zh")["tokens-by-date"]);
});
