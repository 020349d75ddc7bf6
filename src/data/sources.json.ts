import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { sourcesTable } from "../../data-loaders/tables.js";
await runCatalogLoader(sourcesTable);
