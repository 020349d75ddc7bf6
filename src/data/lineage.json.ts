import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { lineageTable } from "../../data-loaders/tables.js";
await runCatalogLoader(lineageTable);
