// What every page reads the same way.
import { LANGS, type Lang } from "../figures/types.js";
import { enumParam, readState } from "../components/url-state.js";

/** The page's language, from `?lang=` (English unless it says zh). */
export const pageLang = (): Lang => readState(globalThis.location?.search ?? "", { lang: enumParam(LANGS, "en") }).lang;
