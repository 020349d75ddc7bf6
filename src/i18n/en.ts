// The notebook's interface strings in English: the reference dictionary. Its shape is the type every other
// language must match (see dictionary.ts). Values are strings, or functions of typed arguments where a string has
// parts that change (counts, names, dates). Data text (ability names, claims, notes) lives in the catalog instead.

export const en = {
  site: {
    title: "GPT scaling notebook",
    navLabel: "Pages",
    /** The pager at the foot of each page. */
    pager: { previous: "Previous page", next: "Next page" },
    onThisPage: "On this page",
    pages: {
      index: "GPT scaling notebook",
      scaling: "Scaling",
      explore: "Explore",
      timeline: "Timeline and lineage",
      capabilities: "Capabilities",
      data: "Data",
      article: "The article, fact-checked",
      talk: "Talk mode",
      report: "Report"
    },
    /** The footer, one line each; `dataLink` is the link text of the Data page inside `data`. */
    footer: {
      data: (dataLink: string) =>
        `Data: curated from primary sources (papers, model cards, developer announcements), each cited beside its fact on the ${dataLink} page.`,
      dataLink: "Data",
      thresholds: "Emergence thresholds: Wei et al. 2022, “Emergent Abilities of Large Language Models” (TMLR).",
      claims:
        "Capability claims: the Chinese article “GPT的前世今生：从gpt1到chatgpt的能力提升” and Yao Fu et al. 2022, “How does GPT Obtain its Ability?”.",
      backdrop: "Imported backdrop, where shown: Epoch AI, “Data on AI Models” (CC BY 4.0)."
    }
  },

  languageSwitch: {
    /** The accessible name of the switch: in both languages, so that either reader finds it. */
    label: "Language · 语言"
  },

  /** Words used everywhere: status, branches, measures, units. */
  common: {
    /** The type-ahead picker of models (src/components/combobox.ts): Explore's highlights, Scaling's model. */
    modelPicker: {
      placeholder: "Type a model's name",
      chosen: "Highlighted models",
      remove: (name: string) => `Remove ${name}`,
      matches: (shown: number, total: number) =>
        shown < total
          ? `${shown} of ${total.toLocaleString("en")} matching models listed: type more to narrow them`
          : `${total} matching ${total === 1 ? "model" : "models"}: arrows to move, Enter to highlight`,
      none: "No model matches"
    },
    results: (n: number) => `${n} result${n === 1 ? "" : "s"}`,
    precision: { day: "day", month: "month" },
    yesNo: { yes: "yes", no: "no" },
    status: { disclosed: "disclosed", estimate: "estimate", undisclosed: "undisclosed" },
    estimateBy: (who: string) => `estimate by ${who}`,
    estimatedShort: (who: string) => `est. ${who}`,
    undisclosed: "undisclosed",
    none: "none",
    source: "Source",
    branch: {
      "decoder-only": "decoder-only",
      "encoder-only": "encoder-only",
      "encoder-decoder": "encoder-decoder",
      other: "other"
    },
    metric: {
      parameters: "Parameters",
      training_compute: "Training compute (FLOP)",
      training_tokens: "Training tokens"
    },
    metricShort: { parameters: "Parameters", training_compute: "Training compute", training_tokens: "Training tokens" },
    dataUnit: { tokens: "tokens", words: "words", bytes: "bytes" },
    access: { "open-weights": "open weights", api: "API", none: "closed (no access)" },
    /** A view's filters in words, as a download records them (src/components/filter-words.ts). */
    filterWords: {
      branch: "branch",
      organization: "organization",
      access: "access",
      years: "years",
      one: (dimension: string, values: string) => `${dimension}: ${values}`,
      /** Between the values of one filter, and between filters. */
      valueSeparator: ", ",
      filterSeparator: "; ",
      allBut: (names: string) => `all but ${names}`,
      range: (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`),
      summary: (shown: string, filters: string) => `${shown} (${filters})`
    },
    evidence: { documented: "documented", inferred: "inferred" },
    method: {
      successor: "successor",
      "continued pre-training": "continued pre-training",
      "code training": "code training",
      "supervised instruction tuning": "supervised instruction tuning",
      RLHF: "RLHF",
      "dialogue RLHF": "dialogue RLHF",
      "browsing fine-tuning": "browsing fine-tuning"
    },
    prompting: { "few-shot": "few-shot prompting", augmented: "augmented prompting" },
    population: {
      "gpt-flagships":
        "GPT flagships: the largest model of each GPT generation with a disclosed or estimated value (GPT-1, GPT-2, GPT-3; GPT-4 for compute only, its size being undisclosed)",
      all: "All catalog models of the article's period (to GPT-4, March 2023) with a disclosed or estimated value"
    },
    rows: (n: number) => `${n} rows`
  },

  /** The frame around every chart: downloads, the data table, caption lines. */
  figure: {
    svg: "SVG",
    png: "PNG",
    csv: "CSV",
    json: "JSON",
    download: (title: string, format: string) => `Download “${title}” as ${format}`,
    downloadData: (title: string) => `Download the data of “${title}” as CSV`,
    downloadTable: (name: string, format: string) => `Download ${name} as ${format}`,
    data: (n: number) => `Data behind this chart (${n} rows)`,
    source: "Source:",
    dataAsOf: (date: string) => `Data as of ${date}.`,
    /** The date a download's credit gives: the ISO date, unambiguous on any slide. */
    creditDate: (iso: string, _spelled: string) => iso,
    /** The download's image size: the label of the choice, and each size. */
    size: "Image size",
    sizes: {
      shown: "as shown",
      "a4-column": "A4 column (85 mm)",
      "letter-column": "Letter column (3.5 in)",
      "a4-full": "A4 full width (170 mm)",
      slide: "16:9 slide (1920×1080)",
      "slide-4x3": "4:3 slide (1440×1080)",
      square: "square social card (1080×1080)",
      social: "2:1 social card (2160×1080)"
    },
    /** The download's colours: the label of the choice, and each theme. */
    theme: "Image theme",
    themes: { light: "light", dark: "dark", transparent: "transparent" },
    figureNumber: (n: number) => `Figure ${n}`,
    /** In place of a figure whose drawing failed: the rest of the page stays readable. */
    drawFailed: (reason: string) => `This figure could not be drawn: ${reason}`,
    /** A Scaling chart's link to its view on the Explore page (the same figure, every control at hand). */
    openInExplore: "Open in Explore",
    openInExploreLabel: (title: string) => `Open in Explore: ${title}`
  },

  /** Every figure's words by figure id (src/figures/registry.ts): title, caption, source line. */
  figures: {
    "parameters-by-date": {
      title: "Parameters against release date",
      caption:
        "Each point is a model, coloured by branch; the GPT line outlined and GPT-1 → GPT-2 → GPT-3 connected. Hollow diamonds are outside estimates; × in the top band marks a model whose size is undisclosed, on its release date. Dashed curves: log-linear trends, which follow the filters.",
      source: "Each model’s paper or announcement (Data page); Wei et al. 2022, Table 1"
    },
    "compute-by-date": {
      title: "Training compute against release date",
      caption:
        "Training compute in FLOP as reported by the developer, or estimated (hollow diamonds; most estimates are Epoch AI's). × in the top band: compute undisclosed.",
      source: "Papers; Epoch AI, Data on AI Models (CC BY 4.0); Wei et al. 2022"
    },
    "tokens-by-date": {
      title: "Training data against release date, in tokens",
      caption:
        "Tokens seen in training, where the developer (or an estimate) states them. Data sizes reported in words (BERT, LaMDA) or bytes (GPT-2’s 40 GB of WebText) are not converted: a conversion would need a guess about the tokenizer; they are on the Data page with their units. Three numbers describe GPT-3’s data: 45 TB of compressed raw Common Crawl before filtering, 570 GB after filtering (the Common Crawl part only), and 300B tokens trained on (Brown et al. 2020, §2.2).",
      source: "Papers and model cards"
    },
    "parameters-vs-tokens": {
      title: "Parameters against training tokens",
      caption:
        "Log–log. The dashed line is the compute-optimal ratio found by Hoffmann et al. (2022), about 20 training tokens per parameter: GPT-3 (1.7 tokens per parameter) sits far below it, Chinchilla and LLaMA on or above it. Only models that disclose both numbers are drawn; one label per family.",
      source: "Papers; Hoffmann et al. 2022"
    },
    "article-table": {
      title: "The source article’s table: GPT, GPT-2, GPT-3",
      caption:
        "As printed in “GPT的前世今生：从gpt1到chatgpt的能力提升”, with the growth from one generation to the next and, beside it, the primary sources’ values. The article’s 45TB for GPT-3 is the raw Common Crawl before filtering.",
      source: "The source article; Radford et al. 2018, 2019; Brown et al. 2020"
    },
    "explore-scatter": {
      title: "Any measure against any other",
      caption:
        "Filled dots are disclosed values, hollow dots estimates, each estimate drawn with its low–high range: from its source, or else this notebook's own factor on Epoch AI's confidence grade (÷3 to ×3 Confident, ÷10 to ×10 Likely, ÷30 to ×30 Speculative), a rule of the notebook, not bounds Epoch states. Dashed lines are least-squares fits on the axes' scales, with a 90% interval from 1,000 bootstrap resamples of the models. A derived model's tokens and compute are its own additional training only and are not drawn.",
      source: "The catalog (papers, model cards, announcements; estimates as credited)"
    },
    "trend-fits": {
      title: "Trend fits",
      caption:
        "Ordinary least squares of log10(value) on the release date in years; doubling time = 12 × log10(2) / slope months. Undisclosed values are left out, never filled in; estimates are included and counted.",
      source: "Computed from the catalog at build time"
    },
    "release-timeline": {
      title: "Release timeline",
      /** The title over what it draws: `year`, the first drawn release's (a view's filter can start later). */
      titleFrom: (year: number) => `Release timeline, from ${year}`,
      /** `after`: the models past the article's end are drawn (shaded apart); the article's own view leaves them out. */
      caption: (lanes: "branch" | "organization", after: boolean) =>
        `One row per model family, grouped by ${lanes === "branch" ? "architecture branch" : "organization"}; a mark per release date (sizes released together share a mark). Outlined marks are OpenAI’s GPT line. Dashed amber rules: milestones (the Transformer paper, BERT, the GPT-3 API opening, InstructGPT, ChatGPT’s launch, GPT-4${after ? "; after the article, shaded apart: mixture of experts in the open, open weights at the frontier, reasoning models" : ""}), each dated by its source.`,
      hint: "Hover a mark for the models it stands for.",
      source: "Each model’s paper or announcement"
    },
    "gpt35-tree": {
      title: "The GPT-3.5 evolution tree",
      caption:
        "Drawn from the lineage table. Columns are generations, read left to right in time; each edge is labelled with its training method. Solid edges are documented by OpenAI or the papers; dashed (and marked “inferred”) are inferred, mostly from Yao Fu et al. (2022).",
      hint: "Click a model, or Tab to it and press Enter, to open its card.",
      source:
        "OpenAI model index for researchers; Chen et al. 2021; Ouyang et al. 2022; Nakano et al. 2021; Fu et al. 2022"
    },
    "lineage-scale": {
      title: "The lineage on release date × parameters",
      caption:
        "The same edges, placed by release date and parameter count (log scale), drawn as arcs. From text-davinci-001 on, OpenAI no longer disclosed sizes: those models sit in the band at the top, by date only, rather than at a guessed size (many assume 175B; OpenAI never said).",
      source: "As the evolution tree"
    },
    "capability-matrix": {
      title: "Capability matrix: the GPT-3.5 family and its neighbours",
      caption:
        "Each cell: the state (● present, ◐ weak, ○ absent, ↓ regressed against its parent) and the stage that unlocked the ability (colour and abbreviation). Cells marked * are inferred where no source speaks to them.",
      hint: "Hover a cell, or Tab to it, to read the evidence: the article’s words, an English rendering and the source.",
      source: "The Chinese source article; Fu et al. 2022; OpenAI 2023; Nakano et al. 2021"
    },
    "alignment-tax": {
      title: "The alignment tax",
      caption:
        "In-context learning along the GPT-3.5 line: it falls from code-davinci-002 to text-davinci-002 (supervised instruction tuning), is partly recovered by text-davinci-003 (RLHF), and is traded away by ChatGPT for modelling dialogue history.",
      source: "The Chinese source article; Fu et al. 2022"
    },
    "ability-origins": {
      title: "Where each ability came from (the article’s summary, in its order)",
      caption:
        "Ability → the training stage the article credits it to, with the article’s sentence. Abilities after the summary come from the article’s sections on code, GPT-4 and WebGPT.",
      source: "The Chinese source article"
    },
    "emergence-thresholds": {
      title: "Emergent abilities: the scale at which each appeared",
      caption:
        "Each row of Table 1 of Wei et al. (2022) with a single threshold: the smallest model at which the ability rose above chance, by parameters (log scale), as Wei et al. estimate it. Filled: few-shot prompting; hollow: augmented prompting. The Scaling page draws the same thresholds over parameter and compute growth.",
      source: "Wei et al. 2022, “Emergent Abilities of Large Language Models” (TMLR), Table 1"
    },
    limitations: {
      title: "What GPT-3.5 still cannot do",
      caption: "From the article’s last section, verbatim, with an English rendering.",
      source: "The Chinese source article, last section"
    }
  },

  /** Notes a growth chart's caption adds for what it draws: thresholds, the Epoch backdrop. */
  figureNotes: {
    derivedLeftOut:
      " Fine-tuned, instruction-tuned and RLHF models are not drawn: their tokens and compute count their own additional training only (sources README, rule 7), so their points would read as small models; their bases are drawn, and the lineage links each to its base.",
    thresholds: (missing: number) =>
      ` Rules: the scale at which each ability emerged, Wei et al.’s estimates (2022, Table 1; solid: few-shot prompting, dashed: augmented prompting).${missing ? ` ${missing} row${missing > 1 ? "s" : ""} with no single threshold cannot be drawn.` : ""}`,
    /** How to read a rule's row: on the page only (a figure's hint), never in the caption that prints. */
    thresholdsHint: "Hover a rule for its row.",
    backdropWidened:
      " Grey: language models from Epoch AI, “Data on AI Models” (CC BY 4.0), over Epoch’s whole date range (the date axis is widened to it); all are Epoch’s estimates, and models already in the catalog are not repeated.",
    backdropInFrame:
      " Grey: language models from Epoch AI, “Data on AI Models” (CC BY 4.0), within the catalog’s years; all are Epoch’s estimates, and models already in the catalog are not repeated."
  },

  /** Data columns of the figures: download headers and the "Data behind this chart" tables. */
  columns: {
    ability: "Ability",
    branch: "Branch",
    catalogParameters: "Catalog parameters",
    catalogTrainingTokens: "Catalog training tokens",
    child: "Child",
    childParameters: "Child parameters",
    claimArticle: "Claim (Chinese)",
    claimChinese: "Claim (Chinese)",
    claimEnglish: "Claim (English)",
    claimEnglishRendering: "Claim (English)",
    dataArticleBytes: "Data (article, bytes)",
    dataGrowth: "Data growth",
    datePrecision: "Date precision",
    doublingTimeMonths: "Doubling time (months)",
    english: "English",
    estimatedBy: "Estimated by",
    evidence: "Evidence",
    family: "Family",
    growthPerYear: "Growth per year",
    inferred: "Inferred",
    measure: "Measure",
    method: "Method",
    model: "Model",
    modelFamily: "Family",
    models: "Models",
    note: "Note",
    ofWhichEstimates: "Of which estimates",
    order: "Order",
    organization: "Organization",
    origin: "Origin",
    parameterGrowth: "Parameter growth",
    parameters: "Parameters",
    parametersArticle: "Parameters (article)",
    parent: "Parent",
    parentParameters: "Parent parameters",
    population: "Population",
    prompting: "Prompting",
    r2: "R²",
    reference: "Reference",
    released: "Released",
    releasedArticle: "Released (article)",
    source: "Source",
    stage: "Stage",
    state: "State",
    status: "Status",
    theArticle: "The article",
    thresholdFlop: "Threshold (FLOP)",
    thresholdParameters: "Threshold (parameters)",
    tokensPerParameter: "Tokens per parameter",
    trainingTokens: "Training tokens",
    whyNoFit: "Why no fit"
  },

  /** Controls of the Scaling and Timeline pages. */
  controls: {
    groupChart: "Chart controls",
    groupTimeline: "Timeline controls",
    scale: "Scale",
    scaleChoice: { log: "log", linear: "linear" },
    thresholds: "Emergence thresholds",
    thresholdChoice: { all: "all", "few-shot": "few-shot only", augmented: "augmented prompting only", none: "none" },
    trendLines: "Trend lines",
    backdrop: "Epoch AI backdrop",
    widenDates: "Dates: Epoch AI’s whole range",
    highlightModel: "Highlight model",
    branch: "Branch",
    organization: "Organization",
    fromYear: "From year",
    toYear: "To year",
    lanesBy: "Lanes by",
    lanesChoice: { branch: "branch", organization: "organization" },
    modelCardFor: "Model card for",
    chooseModel: "(choose a model)",
    searchPlaceholder: "name, organization, family, branch…"
  },

  /** Each page's own words: heading, lede, section headings, notes. */
  pages: {
    index: {
      heading: "From the Transformer to GPT-4",
      lede: (models: number) =>
        `How large language models grew from 2017 to GPT-4 in 2023, the source article’s period, and where their abilities came from: the GPT line from GPT-1 through GPT-3, Codex, InstructGPT, text-davinci-002/003 and ChatGPT to GPT-4, against the encoder-only (BERT) and encoder-decoder (T5) branches and the models behind the emergent-ability thresholds. ${models} models, those released after the article drawn apart; every number sourced, every unknown shown as unknown.`,
      cards: {
        scaling:
          "Parameters, training compute and data on log scales, with trends, doubling times and the scales at which abilities emerged (Wei et al. 2022).",
        timeline:
          "Every release from 2017 on (those after the article drawn apart), the GPT-3.5 evolution tree with each training step and its evidence, and a card for each model.",
        capabilities:
          "Which model can do what, which training stage unlocked it, and the alignment tax. In English and 中文.",
        data: "Every fact with its status and source, searchable and sortable; each table as CSV and JSON.",
        article:
          "Every claim of the source article checked against the primary sources: confirmed, corrected or unverifiable, each linked to the chart that draws it.",
        talk: "The story as ten slides for a projector: clicker keys, a parameter chart that builds one model per press, a presenter view (P) with notes, the next slide and a timer.",
        report:
          "Every chart with its caption, source and the date of the data, laid out to print; npm run export writes it as PDF."
      },
      howToRead: "What the notebook shows, and how to read it",
      points: {
        sourcedTitle: "Sourced.",
        sourced:
          "Each fact names its source: the paper, the model card, or the developer’s announcement. Estimates by others (mostly Epoch AI’s compute estimates) are drawn hollow and say whose they are.",
        unknownTitle: "Unknown is unknown.",
        unknown:
          "OpenAI has not disclosed the size of text-davinci-001/002/003, ChatGPT or GPT-4. They appear on their release dates, in a band marked “undisclosed”, never at a guessed size.",
        articleTitle: "The source article.",
        article:
          "The capability matrix follows the Chinese article “GPT的前世今生：从gpt1到chatgpt的能力提升”, which traces each ability of ChatGPT to a training stage, after Yao Fu et al. (2022).",
        offlineTitle: "Works offline.",
        offline: "The built site loads nothing from outside its own host: fonts, code and data are all local."
      }
    },
    scaling: {
      heading: "How fast the models grew",
      lede: (models: number, dataLink: string) =>
        `Parameters, training compute and training data of ${models} language models from 2017 on (after the article, from GPT-4 on, shaded apart), on log scales, with the scales at which Wei et al. (2022) saw abilities emerge. Every point links to its source on the ${dataLink} page; undisclosed values are shown as undisclosed, never guessed.`,
      filterSummary: (shown: number, total: number) => `Showing ${shown} of ${total} models`,
      noMatch: ": no model matches these filters",
      overBackdrop: (n: number) => `, over ${n} from Epoch AI`,
      backdropMissing:
        "(The Epoch AI backdrop is off: no copy of Epoch’s table was provided at build time; see the README.)",
      tokenNote: "GPT-3: 45 TB of raw Common Crawl → 570 GB after filtering → 300B training tokens",
      method: "Method",
      methodText:
        "The trend lines are ordinary least-squares fits of log₁₀(value) on the release date in years, computed by the trends loader; the doubling time is 12 × log₁₀2 / slope months. Undisclosed values are left out, never filled in; estimates are included. Two populations: the GPT flagships (the largest model of each GPT generation with a disclosed or estimated value, by the same rule for every generation: GPT-1, GPT-2 and GPT-3 for size, where the parameter trend ends in 2020 because GPT-4 keeps its size secret; GPT-1 to GPT-4 for compute, where GPT-2’s and GPT-4’s are Epoch AI’s estimates), and all catalog models with a disclosed or estimated value."
    },
    timeline: {
      heading: "How GPT became ChatGPT",
      lede: "When each model appeared, and which model was trained from which, by what method: from the Transformer (June 2017) to GPT-4 (March 2023), the source article’s period, and the releases after it, drawn apart.",
      treeHeading: "The GPT-3.5 evolution tree",
      scaleHeading: "The lineage on scale axes"
    },
    capabilities: {
      heading: "Which model can do what, and where each ability came from",
      lede: "The heart of the source article: abilities came from different training stages. Pre-training gave language generation, world knowledge and in-context learning; instruction tuning at scale gave instruction following; code training probably gave chain-of-thought reasoning; RLHF gave dialogue, at the cost of in-context learning.",
      limitsHeading: "What GPT-3.5 still cannot do",
      limitsCaption: "From the article’s last section.",
      emergenceLink: "See the thresholds on the Scaling page"
    },
    data: {
      heading: "Data",
      lede: "Every fact in this notebook, with its status and its source. Undisclosed values are shown as undisclosed; an estimate says whose it is. The curated sources live in data-loaders/sources/ and are validated at every build.",
      modelsHeading: "Models",
      modelsSummary: (shown: number, total: number) => `${shown} of ${total} models. ↗ opens the source of that fact.`,
      // Where the notes are: on the page, below; on paper only where the reader opened a model's notes (see data.md).
      notesPointer:
        "The status and note of every fact (later corrections by the authors, raw versus filtered sizes, whose estimate) are below, one model per line.",
      // How to work the table: on the page only, not on paper (src/components/dom.ts, INTERFACE_ONLY).
      modelsHint: "Click a column header to sort; open a model below to read its notes.",
      searchLabel: "Search models",
      searchPlaceholder: "name, organization, family, branch…",
      notesHeading: "Notes on each fact",
      notesSummary: (model: string, noted: number, total: number) => `${model}: ${noted} of ${total} facts with a note`,
      undisclosedFact: "Undisclosed.",
      factHead: (value: string, status: string) => `${value}, ${status}.`,
      noNote: "No note.",
      notesShown: (shown: number, total: number) =>
        `The notes of the first ${shown.toLocaleString("en")} of ${total.toLocaleString("en")} models found: search to narrow them, or show more.`,
      notesMore: (count: number) => `Show ${count.toLocaleString("en")} more`,
      sourceLink: (title: string) => `Source: ${title}`,
      aboutModel: "About the model",
      estimatedShort: (who: string) => ` (est. ${who})`,
      sourceAria: (title: string) => `source: ${title}`,
      tablesHeading: "Tables",
      tablesLede: "Each table the loaders emit, as built into this site (_file/data/*.json), and as CSV.",
      tableTitle: (name: string, rows: number) => `${name} (${rows} rows)`,
      tableDescription: {
        releases:
          "One row per model: every fact with its status, estimator, note and source. An estimate’s _low and _high are its range: from its source, or else this notebook’s own factor on Epoch AI’s grade in _confidence (÷3 to ×3 Confident, ÷10 to ×10 Likely, ÷30 to ×30 Speculative), a rule of the notebook, not bounds Epoch states.",
        lineage: "Parent → child edges: method, evidence (documented or inferred), source.",
        capabilities:
          "Model × ability: state, the stage that unlocked it, the article’s claim in Chinese and English, source.",
        abilities: "The abilities, in the order of the article’s summary, with their origin stage.",
        emergence: "Table 1 of Wei et al. 2022, Emergent Abilities of Large Language Models (TMLR).",
        article: "The source article’s GPT / GPT-2 / GPT-3 table as printed, beside the catalog’s values.",
        claims:
          "Every claim of the source article, verbatim, with its verdict against the primary sources (see the article, fact-checked page).",
        milestones: "Dated events of the timeline, each with its source.",
        trends: "Log-linear trend fits of parameters and compute, with doubling times.",
        sources: "The bibliography: every source cited, with how many facts cite it."
      },
      sourcesHeading: "Sources",
      sourcesNote:
        "The seed article (seed-article) is a Chinese blog post, “GPT的前世今生：从gpt1到chatgpt的能力提升”, which translates much of Yao Fu et al. (2022); its claims about where each ability came from are the capability matrix. The “Data behind this chart” table under every chart gives the rows that chart draws.",
      row: "Row"
    }
  },

  /** Table headers of the hand-drawn and Inputs tables. */
  tables: {
    models: {
      name: "Model",
      organization: "Organization",
      branch: "Branch",
      release_date: "Released",
      parameters: "Parameters",
      training_data: "Training data (as reported)",
      training_tokens: "Training tokens",
      training_compute: "Training compute",
      access: "Access"
    },
    bibliography: {
      id: "Key",
      title: "Title",
      publisher: "Publisher",
      year: "Year",
      citations: "Facts citing it",
      url: "Link"
    },
    article: {
      model: "Model",
      released: "Released (article)",
      parameters: "Parameters (article)",
      growth: "Growth",
      data: "Pre-training data (article)",
      catalog: "Primary sources, and their note",
      caption:
        "The article’s table (模型 / 发布时间 / 参数量 / 预训练数据量), with the growth from one generation to the next; the last column gives the primary sources’ values and note on every row, ⚑ marking what differs from the article.",
      releasedOn: (date: string) => `released ${date}`,
      parametersValue: (value: string) => `${value} parameters`,
      dataValue: (value: string) => `${value} of data`,
      dataUndisclosed: "data undisclosed",
      trainingTokensValue: (value: string) => `${value} training tokens`,
      agrees: (values: string) => `agrees: ${values}.`,
      differs: (what: string, values: string) => `⚑ differs in ${what}: ${values}.`,
      differsWhat: { month: "release month", parameters: "parameters", data: "data" },
      sourcesGrowth: (article: string, sources: string) => `${article} (sources: ${sources})`
    },
    trend: {
      measure: "Measure",
      population: "Population",
      models: "Models (estimates)",
      span: "Span",
      growthPerYear: "Growth per year",
      doublingTime: "Doubling time",
      r2: "R²",
      spanValue: (from: string, to: string) => `${from} to ${to}`,
      doublingValue: (months: string) => `${months} months`,
      noTrend: (reason: string) => `No trend: ${reason}`,
      /** Why no line fits (data-loaders/trends.ts writes the reason into trends.json in every language). */
      noPoints: "no model has a disclosed or estimated value",
      onePoint: "only one model has a disclosed or estimated value: a trend needs at least two points",
      oneDate: (n: number) => `all ${n} models with a value share one release date: a trend needs two dates`
    }
  },

  /** The model card on the Timeline page. */
  modelCard: {
    factStatus: { disclosed: "disclosed by the developer", undisclosed: "not disclosed by the developer" },
    statusLine: (status: string) => `Status: ${status}.`,
    outsideSource: "an outside source",
    prompt: "Select a model in the tree (click it, or Tab to it and press Enter) or in the list above to see its card.",
    organization: "Organization",
    released: "Released",
    apiName: "API name",
    parameters: "Parameters",
    /** A mixture of experts' parameters used per token (beside its total parameters). */
    activeParameters: "Active parameters (mixture of experts)",
    trainingData: "Training data",
    trainingTokens: "Training tokens",
    trainingCompute: "Training compute",
    trainedFrom: "Trained from",
    trainedInto: "Trained into",
    abilitiesGained: "Abilities gained",
    abilitiesLost: "Abilities lost or weakened",
    notes: "Notes",
    undisclosed: "undisclosed",
    estimateBy: (who: string) => `estimate by ${who}`,
    noneInCatalog: "none in the catalog",
    noneRecorded: "none recorded against its parents",
    sourceLink: "source",
    sourceLabel: (url: string) => `source: ${url}`,
    edge: (model: string, method: string, evidence: string) => `${model}: ${method} (${evidence})`,
    abilityChange: (ability: string, state: string, stage: string | null) =>
      `${ability} (${state}${stage ? `, from ${stage}` : ""})`
  },

  /** Words inside the charts: axis titles, legends, labels, tooltips, accessible descriptions. */
  charts: {
    /** The period after the source article's end (GPT-4, March 2023), shaded apart on the growth charts and timeline. */
    period: {
      after: "After the article",
      range: "Estimate's range (low to high)"
    },
    growth: {
      /** A tooltip's value: the short form, and the exact count beside it. */
      valueWithExact: (short: string, exact: string) => `${short} (${exact})`,
      metric: {
        parameters: "Parameters",
        training_compute: "Training compute (FLOP)",
        training_tokens: "Training tokens"
      },
      scale: { log: "log scale", linear: "linear scale" },
      date: "Release date",
      undisclosed: (what: string) => `${what}: undisclosed, on the release date`,
      branch: {
        "decoder-only": "decoder-only",
        "encoder-only": "encoder-only",
        "encoder-decoder": "encoder-decoder",
        other: "other"
      },
      estimate: "outside estimate",
      undisclosedMark: "undisclosed",
      gptLine: "GPT line (outlined)",
      fewShot: "emergence threshold, few-shot",
      augmented: "emergence threshold, augmented prompting",
      trendGpt: (months: string) => `trend, GPT flagships: ×2 every ${months} months`,
      trendAll: (months: string) => `trend, all models: ×2 every ${months} months`,
      // Beside its own line (a fixed canvas), the dashed swatch and the line say "trend".
      trendGptOnLine: (months: string) => `GPT flagships: ×2 every ${months} months`,
      trendAllOnLine: (months: string) => `all models: ×2 every ${months} months`,
      // Where that finds no place: shorter ("mo"), then naming the flagships by the line's "GPT" alone.
      trendGptOnLineShort: (months: string) => `GPT flagships: ×2 in ${months} mo`,
      trendAllOnLineShort: (months: string) => `all models: ×2 in ${months} mo`,
      trendGptOnLineShortest: (months: string) => `GPT: ×2 in ${months} mo`,
      trendAllOnLineShortest: (months: string) => `all: ×2 in ${months} mo`,
      backdrop: "Epoch AI models (estimates)",
      promptingName: { "few-shot": "few-shot prompting", augmented: "augmented prompting" },
      emerges: "emerges at",
      weiEstimate: "Wei et al.'s estimate",
      catalogDiffers: (model: string, flop: string) => `The catalog's figure for ${model} differs: ${flop}.`,
      status: { disclosed: "disclosed", estimate: "estimate by", undisclosed: "undisclosed" },
      released: "Released",
      source: "Source",
      chart: (metric: string, n: number, scale: string) => `${metric} of ${n} language models by release date, ${scale}`
    },
    timeline: {
      date: "Release date",
      branch: {
        "decoder-only": "decoder-only",
        "encoder-only": "encoder-only",
        "encoder-decoder": "encoder-decoder",
        other: "other"
      },
      gpt: "GPT line (outlined)",
      milestone: "milestone",
      ariaMilestones: (families: number, milestones: string) => `${families} families; ${milestones}.`,
      aria: (n: number, byBranch: boolean) =>
        `Release timeline of ${n} language models, ${byBranch ? "by branch" : "by organization"}`
    },
    tree: {
      aria: (models: number, steps: number) =>
        `GPT-3.5 evolution tree: ${models} models, ${steps} training steps, left to right in time`,
      edge: (parent: string, child: string, method: string, evidence: string) =>
        `${parent} → ${child}: ${method} (${evidence})`
    },
    lineageScale: {
      band: "Size undisclosed: placed by date only",
      key: {
        undisclosed: "size undisclosed: by date only",
        documented: "training step, documented",
        inferred: "training step, inferred"
      },
      date: "Release date",
      y: "Parameters (log scale)",
      aria: (models: number, undisclosed: number) =>
        `Lineage of ${models} GPT models on release date and parameter axes; ${undisclosed} of undisclosed size shown in a band above`,
      ariaUndisclosed: (names: string) => `Undisclosed sizes: ${names}.`
    },
    tokens: {
      x: "Parameters (log scale)",
      y: "Training tokens (log scale)",
      reference: "Chinchilla-optimal: ≈20 tokens per parameter",
      estimate: "outside estimate",
      gpt: "GPT line (outlined)",
      branch: {
        "decoder-only": "decoder-only",
        "encoder-only": "encoder-only",
        "encoder-decoder": "encoder-decoder",
        other: "other"
      },
      tooltip: (model: string, parameters: string, tokens: string, ratio: string, source: string) =>
        `${model}\nParameters: ${parameters}\nTraining tokens: ${tokens}\nTokens per parameter: ${ratio}\nSource: ${source}`,
      aria: (n: number) =>
        `Parameters against training tokens for ${n} models, log–log, with the Chinchilla 20-tokens-per-parameter line`
    }
  },

  /** The Capabilities page's words (formerly src/components/i18n.ts). */
  capability: {
    title: "Which model can do what, and where each ability came from",
    intro:
      "The heart of the source article: abilities came from different training stages. Pre-training gave language generation, world knowledge and in-context learning; instruction tuning at scale gave instruction following; code training probably gave chain-of-thought reasoning; RLHF gave dialogue, at the cost of in-context learning.",
    language: "Language",
    matrixTitle: "Capability matrix: the GPT-3.5 family and its neighbours",
    matrixCaption:
      "Each cell: the state (● present, ◐ weak, ○ absent, ↓ regressed against its parent) and the stage that unlocked the ability (colour and abbreviation). Hover a cell, or Tab to it, to read the evidence: the article’s words, an English rendering and the source. Cells marked * are inferred where no source speaks to them.",
    state: { present: "present", weak: "weak", absent: "absent", regressed: "regressed" },
    stage: {
      "pre-training": "pre-training",
      "code training": "code training",
      "instruction tuning": "instruction tuning",
      RLHF: "RLHF",
      "browsing fine-tuning": "browsing fine-tuning",
      "multimodal training": "multimodal training"
    },
    stageShort: {
      "pre-training": "PT",
      "code training": "code",
      "instruction tuning": "IT",
      RLHF: "RLHF",
      "browsing fine-tuning": "web",
      "multimodal training": "MM"
    },
    paler: "paler",
    evidence: "Evidence",
    evidenceHint: "Select a cell (hover, click, or Tab and Enter) to read its evidence here.",
    source: "Source",
    inferred: "Inferred",
    ability: "Ability",
    origin: "Origin",
    claim: "The article says",
    taxTitle: "The alignment tax",
    taxCaption:
      "In-context learning along the GPT-3.5 line: it falls from code-davinci-002 to text-davinci-002 (supervised instruction tuning), is partly recovered by text-davinci-003 (RLHF), and is traded away by ChatGPT for modelling dialogue history.",
    emergenceTitle: "Emergent abilities: the scale at which each appeared",
    emergenceAria: (n: number, from: string, to: string) =>
      `${n} emergent abilities from Wei et al. 2022, from ${from} to ${to} parameters.`,
    emergenceAxis: "Parameters at emergence (log scale)",
    emergenceLink: "See the thresholds on the Scaling page",
    models: "Model",
    level: "State"
  },

  /** The article, fact-checked: the claims ledger page. */
  article: {
    heading: "The article, fact-checked",
    lede: "Every factual or analytical claim of the source article, “GPT的前世今生:从gpt1到chatgpt的能力提升”, in its order: the sentence as the article prints it, an English rendering, and a verdict against the primary sources (papers, developer posts, model cards). A correction is stated with its source; where a claim is drawn on a chart, a link goes to it. Verdicts follow the rules written in data-loaders/sources/README.md, the same rules every number on this site follows.",
    searchLabel: "Search claims",
    searchPlaceholder: "Chinese or English, a model, a number…",
    verdictLabel: "Verdict",
    verdict: {
      confirmed: { text: "Confirmed", hint: "the primary source says the same" },
      corrected: { text: "Corrected", hint: "the primary source says otherwise; the correction is given" },
      unverifiable: { text: "Unverifiable", hint: "no primary source we could check states it" },
      interpretation: { text: "Interpretation", hint: "an analysis or opinion, not a checkable fact" }
    },
    kind: { fact: "fact", estimate: "estimate", interpretation: "interpretation", opinion: "opinion" },
    legendItem: (symbol: string, name: string, hint: string) => `${symbol} ${name}: ${hint}.`,
    summary: (shown: number, total: number, counts: string) => `${shown} of ${total} claims shown: ${counts}.`,
    count: (n: number, verdict: string) => `${n} ${verdict.toLowerCase()}`,
    noMatch: "No claim matches the search and the verdicts chosen.",
    correction: "Correction: ",
    source: "Source: ",
    drawnIn: "Drawn in: ",
    figureOnPage: (figure: string, page: string) => `${figure} (${page})`
  },

  /** Stories: talks and reports written as Markdown in stories/ (src/stories/), each a deck and a printed report. */
  stories: {
    heading: "Stories",
    lede: "Talks and reports written as Markdown files in stories/: each is a deck for a projector and a report to print.",
    slides: "Slides",
    report: "Report",
    presenter: "Presenter view",
    /** One story in the list: its language, after its title. */
    item: (lang: string) => `(${lang})`,
    /** The catalog's size, as a view (/data#counts) on a title slide. */
    counts: (models: number, sources: number) => `${models} models · ${sources} sources · the GPT scaling notebook`,
    /** A figure's number in the report layout. */
    figure: (n: number) => `Figure ${n}.`,
    source: "Source: ",
    byline: (author: string, date: string) => [author, date].filter(Boolean).join(" · "),
    /** One source as a reader can find it (the sources view): title, publisher, year, its address without the scheme. */
    sourceItem: (title: string, publisher: string, year: number, address: string) =>
      `${title}. ${publisher}, ${year}. ${address}`,
    notFound: (name: string) => `No story named “${name}”.`
  },

  /** Composing stories in the browser: "Add to my talk/report" on every figure, and the editor at /stories/mine. */
  compose: {
    myTalk: "My talk",
    myReport: "My report",
    untitled: "Untitled story",
    copyOf: (title: string) => `${title} (copy)`,
    add: {
      button: { talk: "Add to my talk", report: "Add to my report" },
      label: {
        /** Starts with the button's visible words, as the accessible name must. */
        talk: (title: string) => `Add to my talk: ${title}`,
        report: (title: string) => `Add to my report: ${title}`
      },
      added: {
        talk: (story: string, n: number) => `Added to “${story}” as slide ${n}.`,
        report: (story: string, n: number) => `Added to “${story}” as section ${n}.`
      },
      open: "Open my stories",
      noView: "This figure cannot be added to a story yet.",
      withoutBackdrop:
        "A story's views carry no backdrop (neither Epoch AI's table nor one opened in this browser): it shows this view without it."
    },
    storage: {
      unavailable: (detail: string) =>
        `This browser does not let the page keep stories (${detail}): changes are not saved.`,
      corrupt: (detail: string) =>
        `The stories kept in this browser could not be read (${detail}). They are set aside under another key; starting afresh.`,
      full: (detail: string) => `The browser refused to save (${detail}): the last change is not kept.`
    },
    heading: "My stories",
    lede: "Talks and reports kept in this browser: add views with “Add to my talk” on any figure, edit them here, present them, print them and download them as Markdown.",
    repository: "The notebook’s stories",
    stories: "Stories in this browser",
    none: "No story yet. Start one, copy the built-in talk, or add a figure from any page.",
    storyItem: (title: string, slides: number) => `${title} (${slides} slides)`,
    newStory: "New story",
    duplicate: "Duplicate",
    deleteStory: "Delete this story…",
    /** A button per language: copy the built-in talk in that language (named in its own words, as the switch names it). */
    fromBuiltin: (language: string) => `Copy the built-in talk (${language})`,
    settings: "This story",
    title: "Title",
    author: "Author",
    lang: "Language",
    duration: "Duration (minutes)",
    paper: "Paper",
    paperName: { a4: "A4", letter: "Letter" },
    /** The story's front matter `period`: which models its views draw by default. */
    period: "Models shown",
    periodName: { article: "The article’s (to GPT-4)", all: "All in the catalog" },
    present: "Present",
    presenter: "Presenter view",
    print: "Print as a report",
    printSlides: "Slides as PDF",
    download: "Download .md",
    downloadPptx: "Download .pptx",
    downloadHtml: "Download .html",
    preparing: (file: string) => `Making ${file}…`,
    downloaded: (file: string) => `Downloaded ${file}.`,
    exportFailed: (file: string, reason: string) => `${file} could not be made: ${reason}`,
    open: "Open .md…",
    drop: "or drop a .md file on this page.",
    slidesHeading: "Slides",
    keys: "On a slide: Alt+↑ and Alt+↓ move it, Delete deletes it; Ctrl+Z undoes, Ctrl+Y redoes.",
    slideLabel: (n: number, total: number, title: string) => `Slide ${n} of ${total}: ${title}`,
    hiddenMark: "hidden",
    slideTitle: "Slide title",
    body: "Text and views (Markdown)",
    notes: "Speaker notes",
    up: (n: number) => `Move slide ${n} up`,
    down: (n: number) => `Move slide ${n} down`,
    hide: (n: number) => `Hide slide ${n}`,
    show: (n: number) => `Show slide ${n}`,
    remove: (n: number) => `Delete slide ${n}`,
    upText: "↑",
    downText: "↓",
    hideText: "Hide",
    showText: "Show",
    removeText: "Delete",
    addText: "Add a text slide",
    newSlideTitle: "A new slide",
    undo: "Undo",
    redo: "Redo",
    done: {
      moved: (n: number) => `Moved to place ${n}.`,
      deleted: (title: string) => `Deleted “${title}”. Ctrl+Z undoes.`,
      hidden: (title: string) => `“${title}” is hidden: not presented, printed or downloaded.`,
      shown: (title: string) => `“${title}” is shown again.`,
      added: "Text slide added.",
      undone: "Undone.",
      redone: "Redone.",
      saved: "Saved in this browser.",
      opened: (title: string) => `Opened “${title}”.`,
      created: (title: string) => `Started “${title}”.`,
      deletedStory: (title: string) => `Deleted the story “${title}”.`
    },
    invalid: (where: string, reason: string) => `Not changed: ${where}: ${reason}`,
    slideWhere: (n: number) => `slide ${n}`,
    slideText: (n: number, line: number) => `slide ${n}, line ${line} of its text`,
    nothingShown: "Every slide is hidden: show one before downloading or presenting.",
    noStory: "No story is open.",
    back: "Back to the editor",
    confirm: {
      deleteStory: (title: string) => `Delete “${title}” from this browser? This cannot be undone.`,
      open: (file: string, title: string, slides: number) =>
        `“${file}” is “${title}”, ${slides} slides. Replace the open story with it, or keep both?`,
      replace: "Replace the open story",
      asNew: "Open as a new story",
      delete: "Delete",
      cancel: "Cancel"
    },
    offlineBackdrop: "this view draws the Epoch AI backdrop, which this offline file does not carry",
    openFailed: (message: string) => `This file is not a story: ${message}`
  },

  /** Talk mode: the deck's frame, key hints and presenter view (the slides themselves are stories, stories/*.md). */
  talk: {
    deck: {
      label: "Talk mode",
      presenterLabel: "Talk mode: presenter view",
      roleDescription: "slide deck",
      /** The key hints on the audience screen, until the first key press. */
      hints: "→ next · ← back · P presenter view · O overview · F full screen",
      position: (slide: number, total: number) => `${slide} / ${total}`,
      step: (step: number, steps: number) => `step ${step} of ${steps}`,
      overview: "All slides: arrows to move, Enter to open, Escape to close",
      overviewItem: (slide: number, title: string) => `${slide}. ${title}`,
      /** On a thumbnail of the browser's own story (/stories/mine), whose overview reorders it. */
      reorderHint: "Drag or Alt+←/→ to move, Ctrl+Z to undo"
    },
    presenter: {
      /** The position in the presenter's bar; `position` is the deck's own ("3 / 10 · step 2 of 8"). */
      position: (position: string) => `Slide ${position}`,
      documentTitle: (title: string) => `Presenter: ${title}`,
      next: "Next",
      nextStep: (step: number, steps: number) => `Next: step ${step} of ${steps}`,
      nextSlide: (slide: number) => `Next: slide ${slide}`,
      end: "End of the talk",
      notes: "Notes",
      timer: "Elapsed time",
      reset: "Reset timer",
      /** The countdown to the story's `duration` (its label, and its text before and after the time is up). */
      countdown: "Time left",
      remaining: (time: string) => `${time} left`,
      over: (time: string) => `${time} over`,
      /** The time of day, on the presenter's clock (its label; the time is written 14:05 in every language). */
      clock: "Clock"
    },
    /** The heading of a page of the printed speaker notes. */
    notesPosition: (slide: number, total: number, title: string) => `Slide ${slide} of ${total}: ${title}`
  },

  /** The Explore page: any measure against any other (its words, its figure's columns, its controls). */
  explore: {
    heading: "Explore",
    lede: "Choose any two measures, colour the models by what you want to compare, filter, and fit trends by era. Every estimate is drawn with its range; the link keeps the whole view.",
    measure: {
      date: "Release date",
      parameters: "Parameters",
      active_parameters: "Active parameters",
      compute: "Training compute (FLOP)",
      tokens: "Training tokens",
      tokens_per_parameter: "Training tokens per parameter"
    },
    colorBy: {
      branch: "Branch",
      organization: "Organization",
      access: "Access",
      status: "Status",
      family: "Family"
    },
    fitChoice: { none: "none", all: "one over all models", group: "one per colour group" },
    lineChoice: { none: "none", gpt: "the GPT line" },
    scaleChoice: { log: "log", linear: "linear" },
    other: "other",
    allModels: "all models",
    estimateMark: "estimate (hollow), with its range",
    highlightMark: "highlighted",
    largeNote: (models: number) =>
      ` With more than ${models.toLocaleString("en")} models drawn, ranges are drawn for the highlighted models only, and a fit over more than 500 models takes fewer bootstrap resamples (at least 200).`,
    backdropNote:
      " Grey: Epoch AI's language models (Epoch AI, “Data on AI Models”, CC BY 4.0), estimates without ranges, never fitted; their tokens are the size of the training dataset, not the tokens trained on.",
    thresholdMark: "emergence thresholds (Wei et al. 2022; dotted)",
    chart: (y: string, x: string, n: number) => `${y} against ${x}: ${n} model${n === 1 ? "" : "s"} drawn`,
    era: (from: string | null, to: string | null) =>
      from === null && to === null
        ? ""
        : from === null
          ? `before ${to}`
          : to === null
            ? `from ${from}`
            : `${from} to ${to}`,
    doubling: (value: string, low: string, high: string) => `doubles every ${value} months (90%: ${low}–${high})`,
    slope: (value: string, low: string, high: string) => `slope ${value} (90%: ${low}–${high})`,
    never: "never",
    notDrawn: {
      undisclosed: (n: number) => `${n} not drawn: a value undisclosed`,
      banded: (n: number) => `${n} with the value undisclosed: × on their release dates in the band above the plot`,
      unknown: (n: number) => `${n} not drawn: no value in the catalog`,
      derived: (n: number) => `${n} derived models not drawn (their tokens and compute are additional training only)`
    },
    /**
     * What a view shows of the catalog (the page's summary line, a download's filter words): the filters' count
     * (`pages.scaling.filterSummary`), then, apart, the models shown that it cannot plot, by reason and named.
     */
    shown: {
      measure: {
        date: "release date",
        parameters: "parameters",
        active_parameters: "active parameters",
        compute: "training compute",
        tokens: "training tokens",
        tokens_per_parameter: "tokens per parameter"
      },
      or: " or ",
      /** The undisclosed drawn as undisclosed: the page links these words to the figure. */
      banded: (n: number, measures: string) =>
        `${n} ${n === 1 ? "has" : "have"} no disclosed ${measures}: × in the band above the plot`,
      undisclosed: (n: number, measures: string, names: string) =>
        `${n} not plotted, with no disclosed ${measures}: ${names}`,
      unknown: (n: number, measures: string, names: string) =>
        `${n} not plotted, with no ${measures} in the catalog: ${names}`,
      derived: (n: number) => `${n} derived, not plotted (their tokens and compute are additional training only)`,
      more: (names: string, n: number) => `${names} and ${n} more`,
      separator: "\u00a0· "
    },
    controls: {
      group: "Explore controls",
      x: "Horizontal axis",
      y: "Vertical axis",
      xscale: "Horizontal scale",
      yscale: "Vertical scale",
      color: "Colour by",
      fit: "Trend lines",
      breaks: "Era breaks (dates, comma-separated)",
      from: "From year",
      to: "To year",
      branch: "Branch",
      organization: "Organization",
      access: "Access",
      highlight: "Highlight models",
      line: "Highlight a line",
      thresholds: "Emergence thresholds",
      backdrop: "Epoch AI backdrop (grey)",
      backdropUnavailable: (importHeading: string) =>
        `Unavailable: this site was built without a copy of Epoch AI's table. Open one below (“${importHeading}”) to draw it.`,
      storyFrame: "Keep the story's frame (axes over every model, not only those shown)"
    },
    fitTable: {
      heading: "Trend fits of this view",
      group: "Group",
      era: "Era",
      models: "Models",
      estimate: "Doubling time (months) or slope",
      interval: "90% interval",
      none: "No fit drawn: choose trend lines above (a fit needs at least four models)."
    },
    presetChanges: {
      color: (to: string, from: string) => `coloured by ${to.toLowerCase()} instead of ${from.toLowerCase()}`,
      fit: (to: string) => `trend lines: ${to}`,
      line: (to: string, from: string) => `highlighted line: ${to} instead of ${from}`,
      breaks: (dates: string) => `fits split into eras at ${dates}`,
      sentence: (changes: string) => `Changed from this chart: ${changes}.`
    },
    presets: {
      heading: "Named views and common questions",
      openClosed: "Compute of open and closed models",
      tokensCompute: "Training tokens against compute, after 2020",
      chinchilla: "The Chinchilla ratio: tokens per parameter over time",
      gptLine: "The GPT line's parameters, by era, on Epoch AI's backdrop"
    },
    share: {
      heading: "Share and embed",
      copyLink: "Copy link",
      copied: "Link copied",
      copyFailed: "Copy failed: select the address and copy it",
      copiedWithoutImport: "Link copied, without the imported table: whoever opens it sees the view without it.",
      importNotInLink:
        "The imported table is not in the link or the snippet: whoever opens them sees this view without it.",
      importNotInAddress:
        "The backdrop is a table opened in a browser, which the address does not carry: the address opens this view without it",
      embedText: "To embed this view in a page, copy this snippet:",
      embedTitle: "GPT scaling notebook: explore",
      openFull: "Open the full view"
    },
    importCsv: {
      heading: "Your own copy of Epoch AI's table",
      text: "Open an export of Epoch AI's “Data on AI Models” (CSV, either schema), or drop it here: it is read in this browser, with the build's rules, and drawn as the backdrop. Nothing is uploaded.",
      choose: "Open an Epoch AI CSV",
      reading: (file: string) => `Reading ${file}…`,
      counts: (file: string, read: number, imported: number, matched: number, skipped: number) =>
        `${file}: ${Number(read).toLocaleString("en-US")} rows read = ${Number(imported).toLocaleString("en-US")} imported + ${Number(matched).toLocaleString("en-US")} matched to the catalog + ${Number(skipped).toLocaleString("en-US")} skipped; the imported models are the backdrop.`,
      failed: (file: string) => `${file} was not imported:`
    },
    columns: {
      group: "Colour group",
      xMeasure: "Horizontal measure",
      xValue: "Horizontal value",
      xLow: "Horizontal low",
      xHigh: "Horizontal high",
      xStatus: "Horizontal status",
      yMeasure: "Vertical measure",
      yValue: "Vertical value",
      yLow: "Vertical low",
      yHigh: "Vertical high",
      yStatus: "Vertical status",
      estimatedBy: "Estimated by"
    }
  },
  /** The printed report's frame. */
  report: {
    title: "The GPT scaling notebook: report",
    cover: {
      /** `from` and `to` are the years of the earliest and latest release the report shows. */
      subtitle: (from: number, to: number) =>
        `How large language models grew, ${from}–${to}, and where ChatGPT's abilities came from`,
      counts: (models: number, sources: number) =>
        `${models} language models, ${sources} sources. Every number is sourced; undisclosed values are shown as undisclosed.`,
      dataAsOf: (date: string) => `Data as of ${date}`,
      built: (date: string) => `Built ${date}`
    },
    part: (n: number, title: string) => `Part ${n}. ${title}`,
    intro: {
      scaling: (
        table: string,
        parameters: string,
        compute: string,
        tokens: string,
        perParameter: string,
        trends: string
      ) =>
        `How the models grew, beside the article’s own table (${table}): parameters (${parameters}), training compute (${compute}) and training data (${tokens}, ${perParameter}) against release date, on log scales, with the scales at which abilities emerged and the trends fitted to them (${trends}).`,
      timeline: (releases: string, tree: string, scale: string) =>
        `How GPT became ChatGPT: every release (${releases}), the GPT-3.5 evolution tree with each training step and its evidence (${tree}), and the same edges on date and size (${scale}).`,
      capabilities: (matrix: string, emergence: string, origins: string, tax: string, limits: string) =>
        `Which model can do what (${matrix}), the scale at which abilities emerged (${emergence}), which training stage gave ChatGPT each ability (${origins}), the alignment tax (${tax}), and what GPT-3.5 still cannot do (${limits}).`
    },
    contents: "Contents",
    sources: "Sources",
    /** The printed page's footer; `page` and `total` are Chromium's page-number elements. */
    pageFooter: (page: string, total: string) => `GPT scaling notebook · page ${page} of ${total}`,
    howToCite: "How to cite",
    /** `years` is the catalog's span of release years ("2017–2025"), from the build's info. */
    citation: (date: string, years: string) =>
      `GPT scaling notebook: a timeline and scaling notebook of large language models, ${years}. Data as of ${date}. Curated from primary sources; emergence thresholds from Wei et al. (2022); capability claims from the Chinese article “GPT的前世今生：从gpt1到chatgpt的能力提升” and Fu et al. (2022).`
  }
};
