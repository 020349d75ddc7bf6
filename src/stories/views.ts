// A view link: a page URL of the notebook read as a figure and the parameters of its state. Which page holds which
// figure (the hash names it, as each figure's frame carries its id as its anchor) and which parameters each page
// reads from its URL; a story may add `build` (growth charts), `omit` (the GPT-3.5 tree) and `models`/`abilities`
// (the capability matrix). Pure: the values that depend on the data (model ids, organizations, years) are checked
// in resolve.ts with the pages' own URL parsers.

/** The pages, their figures (the first is the one a link without a hash shows) and the parameters they read. */
export const VIEW_PAGES = {
  scaling: {
    figures: [
      "parameters-by-date",
      "article-table",
      "compute-by-date",
      "tokens-by-date",
      "parameters-vs-tokens",
      "trend-fits"
    ],
    params: ["scale", "branch", "org", "from", "to", "thresholds", "trend", "backdrop", "widen", "model"]
  },
  timeline: { figures: ["release-timeline", "gpt35-tree", "lineage-scale"], params: ["lanes", "model"] },
  capabilities: {
    figures: ["capability-matrix", "emergence-thresholds", "ability-origins", "alignment-tax", "limitations"],
    /** The emergence panel's prompting (all on the page; the talk shows few-shot). */
    params: ["thresholds"]
  },
  /** The explorer's scatter in any state of its link (src/views/explore-state.ts; `embed` is the page's, not a view's). */
  explore: {
    figures: ["explore-scatter"],
    params: [
      "x",
      "y",
      "xscale",
      "yscale",
      "color",
      "from",
      "to",
      "branch",
      "organization",
      "access",
      "highlight",
      "line",
      "fit",
      "breaks",
      "frame",
      "thresholds",
      "backdrop"
    ]
  },
  /** The most cited sources, as a list (the Data page's bibliography, shortened), and the catalog's counts. */
  data: { figures: ["sources", "counts"], params: [] }
} as const satisfies Record<string, { figures: readonly string[]; params: readonly string[] }>;

export type ViewPage = keyof typeof VIEW_PAGES;
export type ViewFigure = (typeof VIEW_PAGES)[ViewPage]["figures"][number];

/** The parameters a story adds to a page's, and the figures that follow each. */
export const STORY_PARAMS = {
  /** One model more per key press, in this order (ids). */
  build: ["parameters-by-date", "compute-by-date"],
  /** Models left out of the tree (ids). */
  omit: ["gpt35-tree"],
  /** The matrix's models, in this order (ids). */
  models: ["capability-matrix"],
  /** The matrix's abilities: `summary` (the article's summary) or `all`. */
  abilities: ["capability-matrix"],
  /** How many sources the list shows. */
  count: ["sources"]
} as const satisfies Record<string, readonly ViewFigure[]>;

export type StoryParam = keyof typeof STORY_PARAMS;

export interface ViewLink {
  /** The link as written. */
  href: string;
  page: ViewPage;
  figure: ViewFigure;
  /** The page's own parameters, as written (checked against the data in resolve.ts). */
  params: Record<string, string>;
  /** The story's parameters. */
  story: Partial<Record<StoryParam, string>>;
}

const isPage = (name: string): name is ViewPage => Object.hasOwn(VIEW_PAGES, name);

/** Reads a page URL (`/scaling?model=gpt-3-175b#parameters-by-date`): a view, or why it is not one. */
export function parseViewLink(href: string): ViewLink | { error: string } {
  let url: URL;
  try {
    url = new URL(href, "https://notebook.invalid");
  } catch {
    return { error: "not a URL" };
  }
  if (url.origin !== "https://notebook.invalid") return { error: "a view is a page of this notebook: /page?…#figure" };
  const name = url.pathname.replace(/^\//, "").replace(/\.html$/, "");
  if (!isPage(name))
    return {
      error: `unknown page "/${name}" (pages with views: ${Object.keys(VIEW_PAGES)
        .map((p) => `/${p}`)
        .join(", ")})`
    };
  const page = VIEW_PAGES[name];
  const hash = decodeURIComponent(url.hash.replace(/^#/, ""));
  const figure = (hash || page.figures[0]) as ViewFigure;
  if (!(page.figures as readonly string[]).includes(figure))
    return { error: `unknown figure "#${hash}" on /${name} (its figures: ${page.figures.join(", ")})` };
  const params: Record<string, string> = {};
  const story: ViewLink["story"] = {};
  for (const [key, value] of url.searchParams) {
    if (key in params || key in story) return { error: `parameter "${key}" is given twice` };
    if ((page.params as readonly string[]).includes(key)) params[key] = value;
    else if (Object.hasOwn(STORY_PARAMS, key)) {
      const figures: readonly string[] = STORY_PARAMS[key as StoryParam];
      if (!figures.includes(figure)) return { error: `"${key}" applies to ${figures.join(", ")}, not to ${figure}` };
      story[key as StoryParam] = value;
    } else {
      const known = [
        ...page.params,
        ...Object.keys(STORY_PARAMS).filter((k) =>
          (STORY_PARAMS[k as StoryParam] as readonly string[]).includes(figure)
        )
      ];
      return { error: `unknown parameter "${key}" for ${figure} on /${name} (known: ${known.join(", ") || "none"})` };
    }
  }
  return { href, page: name, figure, params, story };
}
