// The standalone page's HTML lives in src/talk/offline-html.ts, shared with the browser's "Download .html".
export * from "../src/talk/offline-html.js";
