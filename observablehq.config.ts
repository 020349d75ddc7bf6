// Observable Framework configuration: https://observablehq.com/framework/config
const PAGES = [
  { name: "Scaling", path: "/scaling" },
  { name: "Timeline and lineage", path: "/timeline" },
  { name: "Capabilities", path: "/capabilities" },
  { name: "Data", path: "/data" },
  { name: "The article, fact-checked", path: "/article" },
  { name: "Talk mode", path: "/talk" },
  { name: "Report", path: "/report" }
];

/** The site's navigation. It replaces Framework's sidebar, whose toggle and markup fail axe checks. */
function header({ path }: { path: string }): string {
  const link = (href: string, name: string, active: boolean) =>
    `<a href=".${href}"${active ? ' aria-current="page"' : ""}>${name}</a>`;
  return `<nav aria-label="Pages" class="site-nav">${[
    link("/", "GPT scaling notebook", path === "/index"),
    ...PAGES.map((page) => link(page.path, page.name, path === page.path))
  ].join("")}</nav>`;
}

export default {
  title: "GPT scaling notebook",
  root: "src",
  pages: PAGES,
  sidebar: false,
  header,
  // The default links a web font from a remote host; this site must load nothing from off its own host.
  globalStylesheets: [],
  style: "style.css",
  // Framework has no `lang` option, its viewport tag disables zoom and its table of contents is an unnamed
  // second <nav>: each fails axe.
  head: `<script>
document.documentElement.lang = "en";
document.querySelector('meta[name="viewport"]')?.setAttribute("content", "width=device-width, initial-scale=1");
addEventListener("DOMContentLoaded", () => document.querySelector("#observablehq-toc > nav")?.setAttribute("aria-label", "On this page"));
</script>`,
  footer: `Data: curated from primary sources (papers, model cards, developer announcements), each cited beside its fact on the <a href="./data">Data</a> page.
Emergence thresholds: Wei et al. 2022, “Emergent Abilities of Large Language Models” (TMLR).
Capability claims: the Chinese article “GPT的前世今生：从gpt1到chatgpt的能力提升” and Yao Fu et al. 2022, “How does GPT Obtain its Ability?”.
Imported backdrop, where shown: Epoch AI, “Data on AI Models” (CC BY 4.0).`,
  search: false
};
