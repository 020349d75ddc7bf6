import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { articleTable } from "../../data-loaders/tables.js";
await runCatalogLoader(articleTable);
