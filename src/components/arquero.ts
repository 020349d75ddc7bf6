// Arquero for the browser: its package entry pulls node:fs/node:stream into the bundle, and its UMD build has
// no named exports, so the pages import what they use from here, by deep path.
// @ts-expect-error: deep paths into arquero's source have no type declarations.
export { from, table } from "arquero/src/table/index.js";
// @ts-expect-error: as above.
export { opApi as op } from "arquero/src/op/op-api.js";
// @ts-expect-error: as above.
export { escape as aqEscape } from "arquero/src/helpers/escape.js";
// @ts-expect-error: as above.
export { desc } from "arquero/src/helpers/desc.js";
