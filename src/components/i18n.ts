// The capability page's words, now in the dictionaries of src/i18n/ (en.ts, zh.ts: `capability`). These names stay
// for the pages and components that import them from here.
export type { Lang } from "../i18n/lang.js";
export { LANGS } from "../i18n/lang.js";
export { STATE_SYMBOL, LIMITATIONS } from "../i18n/capability.js";
export type { CapabilityWords as Words } from "../i18n/capability.js";
export { capabilityWords as words } from "../i18n/capability.js";
