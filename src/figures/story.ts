// The models the story singles out, named once. (Ids of the curated catalog; a figure given data without them
// draws what is there.)

/** The GPT line drawn connected on the growth charts: the largest model of each generation that disclosed its size. */
export const GPT_PATH = ["gpt-1", "gpt-2-xl", "gpt-3-175b"] as const;

/** The talk's parameter build, one model per key press, GPT-1 to GPT-4. */
export const TALK_BUILD = [
  "gpt-1",
  "gpt-2-xl",
  "gpt-3-175b",
  "codex-12b",
  "instructgpt-175b",
  "text-davinci-002",
  "chatgpt",
  "gpt-4"
] as const;

/** The alignment tax: in-context learning and its neighbours along the GPT-3.5 line. */
export const TAX_MODELS = ["code-davinci-002", "text-davinci-002", "text-davinci-003", "chatgpt"] as const;
export const TAX_ABILITIES = ["in-context-learning", "zero-shot-generalization", "dialogue-history"] as const;

/** The families whose edges make the GPT-3.5 evolution tree. */
export const GPT35_FAMILIES = ["GPT-3", "Codex", "InstructGPT", "GPT-3.5", "GPT-4", "WebGPT"] as const;

/** The tree on a slide keeps the story's main line, so that its type stays large: the sizes, the stand-in Codex line
 * and the side branches are on the Timeline page. */
export const TALK_TREE_OMITS = [
  "webgpt-13b",
  "webgpt-760m",
  "webgpt-175b",
  "instructgpt-1.3b",
  "instructgpt-6b",
  "gpt-3-13b",
  "gpt-3-xl",
  "gpt-3-large",
  "gpt-3-6.7b",
  "codex-12b",
  "code-cushman-001",
  "davinci-instruct-beta",
  "text-davinci-001"
] as const;

/** The matrix on a slide: the GPT-3.5 line, and the abilities of the article's summary. */
export const TALK_MATRIX_MODELS = [
  "gpt-3-175b",
  "code-davinci-002",
  "text-davinci-002",
  "text-davinci-003",
  "chatgpt",
  "gpt-4"
] as const;
