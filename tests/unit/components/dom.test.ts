// @vitest-environment jsdom
// The one DOM helper (src/components/dom.ts): properties, attributes, dataset and children, for HTML and SVG.
import { expect, test } from "vitest";
import { h, svg, SVG_NS } from "../../../src/components/dom.js";

test("h sets DOM properties, then attributes in order, then the dataset, and appends children", () => {
  const link = h(
    "a",
    {
      href: "https://example.org/",
      className: "source",
      attrs: { "aria-label": "Source", role: "link" },
      dataset: { key: "k" }
    },
    "text ",
    h("strong", {}, "bold"),
    3
  );
  expect(link.outerHTML).toBe(
    '<a href="https://example.org/" class="source" aria-label="Source" role="link" data-key="k">text <strong>bold</strong>3</a>'
  );
});

test("null, undefined and false children and attributes are left out; true is an empty attribute", () => {
  const note: string | null = null;
  const shown = (flag: boolean) => flag && "no";
  const p = h(
    "p",
    { attrs: { hidden: true, title: null, lang: undefined, inert: false } },
    note,
    shown(false),
    undefined,
    "yes"
  );
  expect(p.outerHTML).toBe('<p hidden="">yes</p>');
});

test("svg builds in the SVG namespace, its attributes in the order given", () => {
  const rect = svg("rect", { width: 10, height: 5, fill: "#fff" });
  const group = svg("g", { class: "legend" }, rect, svg("text", { x: 1 }, "label"));
  expect(rect.namespaceURI).toBe(SVG_NS);
  expect(group.outerHTML).toBe(
    '<g class="legend"><rect width="10" height="5" fill="#fff"></rect><text x="1">label</text></g>'
  );
});
