import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { emergenceTable } from "../../data-loaders/tables.js";
await runCatalogLoader(emergenceTable);
