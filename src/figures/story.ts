// The models the story singles out, named once. (Ids of the curated catalog; a figure given data without them
// draws what is there.)

/** The GPT line drawn connected on the growth charts: the largest model of each generation that disclosed its size. */
export const GPT_PATH = ["gpt-1", "gpt-2-xl", "gpt-3-175b"] as const;

/** The alignment tax: in-context learning and its neighbours along the GPT-3.5 line. */
export const TAX_MODELS = ["code-davinci-002", "text-davinci-002", "text-davinci-003", "chatgpt"] as const;
export const TAX_ABILITIES = ["in-context-learning", "zero-shot-generalization", "dialogue-history"] as const;

/** The families whose edges make the GPT-3.5 evolution tree. */
export const GPT35_FAMILIES = ["GPT-3", "Codex", "InstructGPT", "GPT-3.5", "GPT-4", "WebGPT"] as const;
