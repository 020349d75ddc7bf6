// @vitest-environment jsdom
// Every correction is visible where the number is: the model card and the article table show each fact's status and note.
import { expect, test } from "vitest";
import { articleTableView } from "../../../src/components/article-table.js";
import { factNote, modelCard } from "../../../src/components/model-card.js";
import { loadCatalog } from "../../../data-loaders/catalog.js";
import { articleTable } from "../../../data-loaders/tables.js";
import { capabilities, lineage, releases } from "../../support/catalog-tables.js";

test("a fact's note line says its status in words, whose estimate, and the note", () => {
  expect(factNote("disclosed", null, "Paper says 117M.").textContent).toBe(
    "Status: disclosed by the developer. Paper says 117M."
  );
  expect(factNote("estimate", "Epoch AI", null).textContent).toBe("Status: estimate by Epoch AI.");
  expect(factNote("undisclosed", null, null).textContent).toBe("Status: not disclosed by the developer.");
});

test("the model card shows the note and status under each of the four facts", () => {
  const card = modelCard("gpt-2-xl", { releases, lineage, capabilities });
  const notes = [...card.querySelectorAll(".fact-note")].map((n) => n.textContent);
  expect(notes).toHaveLength(4);
  expect(notes[0]).toMatch(/^Status: disclosed by the developer\. OpenAI's corrected count.*1542M/);
  expect(notes[2]).toMatch(/^Status: not disclosed by the developer\./);
  expect(notes[3]).toMatch(/^Status: estimate by Epoch AI\. Epoch AI estimate/);
  const gpt3 = modelCard("gpt-3-175b", { releases, lineage, capabilities });
  expect(gpt3.querySelectorAll(".fact-note")[3]!.textContent).toBe(
    "Status: disclosed by the developer. Table D.1: 3.64E+03 petaflop/s-days, 3.14E+23 FLOP."
  );
});

test("the article table gives the primary sources' values and note on every row, flagged or not", () => {
  const table = articleTableView(articleTable(loadCatalog()) as any);
  const rows = [...table.tBodies[0]!.rows];
  expect(rows).toHaveLength(3);
  for (const row of rows) {
    const last = row.cells[row.cells.length - 1]!;
    expect(last.textContent, row.textContent!).toMatch(/parameters/);
    expect(last.querySelectorAll("p")).toHaveLength(2);
  }
  expect(rows[0]!.cells[6]!.textContent).toMatch(/^agrees: .*117M parameters; 5 GB of data\..*blog post/);
  expect(rows[1]!.cells[6]!.textContent).toMatch(/^⚑ differs in parameters: .*1\.56B parameters.*1542M/);
  // GPT-3's 570 GB is only its Common Crawl part: the sources give no like-for-like growth in bytes (issue 25).
  expect(rows[2]!.cells[5]!.textContent).toBe("×1125");
});
