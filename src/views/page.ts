// What every page reads the same way.
export { currentLang as pageLang } from "../i18n/lang.js";
