// English prose on a Chinese page that is not marked as English: a visible text with no Chinese in it and three or
// more lowercase Latin words in a row ("none in the catalog"), outside any element whose lang is English. Model
// names, units and single terms pass, and so does a Chinese sentence quoting its English source in parentheses;
// English standing alone (a paper's title, a source's sentence) must carry lang="en", which also lets a screen
// reader pronounce it. Written as a string: tsx would add helpers to a compiled function that the page lacks.
export const UNTAGGED_ENGLISH_IN_PAGE = `(root) => {
  const words = /(?:^|[^A-Za-z0-9-])([a-z]{2,}(?:['’][a-z]+)?[,;:]? [a-z]{2,}(?:['’][a-z]+)?[,;:]? [a-z]{2,})(?![A-Za-z0-9-])/;
  const found = [];
  const scope = document.querySelector(root);
  if (!scope) return found;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, code, [hidden], [aria-hidden='true']")) continue;
    if (parent.closest("[lang]")?.getAttribute("lang")?.startsWith("en")) continue;
    const rect = parent.getBoundingClientRect();
    const svgText = parent.closest("svg");
    if (!svgText && parent.offsetParent === null && getComputedStyle(parent).position !== "fixed") continue;
    if (rect.width === 0 && rect.height === 0 && !parent.closest("details")) continue;
    if (/[\u3400-\u9fff]/.test(node.textContent || "")) continue;
    const match = words.exec(node.textContent || "");
    if (match) found.push(match[1] + "  ⟵  " + (node.textContent || "").trim().slice(0, 90));
  }
  return found;
}`;
