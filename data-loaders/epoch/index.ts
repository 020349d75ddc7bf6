// Epoch AI's table of ML systems ("All ML Systems", CC BY 4.0: cite "Epoch AI, Data on AI Models") as extra
// language-model rows next to the curated catalog: parse.ts reads the CSV into typed rows, match.ts sorts each row into
// imported, matched to a catalog model, or skipped with a counted reason, load.ts finds the file and streams it.
export * from "./parse.js";
export * from "./match.js";
export { catalogOfReleases, epochLoadOf, importEpochText } from "./import-text.js";
export {
  ATTRIBUTION,
  DROP_FOLDER,
  MAX_EPOCH_FILE_BYTES,
  epochStatus,
  findEpochCsv,
  loadEpoch,
  streamEpochCsv,
  type EpochLoad,
  type LoadOptions,
  type LocateOptions
} from "./load.js";
