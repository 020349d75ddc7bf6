// Opening Epoch AI's CSV on the Explore page: a file picker and a drop target read the file in the browser with the
// build's own parser, rules and row accounting (data-loaders/epoch/browser-entry.ts, bundled at build time into the
// file attachment epoch-import.js: Framework's pages import nothing outside src/; no node:fs, no arquero), report
// read = imported + matched + skipped, and hand the import to the page to draw as the backdrop. A file that is not
// Epoch's table gets the build's messages (file, line, field, why).
import type { EpochLoad, ReleaseRow } from "../contract.js";
import { h } from "../components/dom.js";
import { dictionaryFor, type Lang } from "../i18n/index.js";

/** What the import module (the file attachment epoch-import.js, data-loaders/epoch/browser-entry.ts) gives. */
export interface EpochImportModule {
  importEpochFile(
    bytes: Uint8Array,
    file: string,
    releases: readonly ReleaseRow[],
    asOf: string
  ): { ok: true; epoch: EpochLoad } | { ok: false; problems: string[] };
}

/** The picker, the drop target and the report; `onImport` receives each file imported. */
export function epochFilePanel(
  lang: Lang,
  context: { releases: readonly ReleaseRow[]; asOf: string; module: () => Promise<EpochImportModule> },
  onImport: (epoch: EpochLoad) => void
): HTMLElement {
  const w = dictionaryFor(lang).explore.importCsv;
  const status = h("div", { className: "explore-import-status", attrs: { role: "status" } });
  const read = async (file: File) => {
    status.replaceChildren(w.reading(file.name));
    // The import module is fetched with the first file (most readers never open one).
    const result = await Promise.all([context.module(), file.arrayBuffer()]).then(
      ([module, bytes]) => module.importEpochFile(new Uint8Array(bytes), file.name, context.releases, context.asOf),
      (error: unknown) => ({ ok: false as const, problems: [`${file.name}: ${String(error)}`] })
    );
    if (!result.ok)
      return status.replaceChildren(
        h(
          "div",
          { className: "explore-import-error", attrs: { role: "alert" } },
          h("p", { textContent: w.failed(file.name) }),
          h("ul", {}, ...result.problems.map((problem) => h("li", { textContent: problem })))
        )
      );
    if (!result.epoch.available) return;
    const { read, imported, matched, skipped } = result.epoch.counts;
    status.replaceChildren(h("p", { textContent: w.counts(file.name, read, imported, matched, skipped) }));
    onImport(result.epoch);
  };
  const input = h("input", { type: "file", accept: ".csv,text/csv", id: "explore-epoch-file" });
  input.addEventListener("change", () => void (input.files?.[0] && read(input.files[0])));
  const panel = h(
    "section",
    { className: "explore-import", attrs: { "aria-labelledby": "explore-import-heading" } },
    h("h2", { id: "explore-import-heading", textContent: w.heading }),
    h("p", { textContent: w.text }),
    h("label", { htmlFor: "explore-epoch-file", textContent: w.choose }),
    " ",
    input,
    status
  );
  panel.addEventListener("dragover", (event) => {
    event.preventDefault();
    panel.classList.add("dragging");
  });
  panel.addEventListener("dragleave", () => panel.classList.remove("dragging"));
  panel.addEventListener("drop", (event) => {
    event.preventDefault();
    panel.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file) void read(file);
  });
  return panel;
}
