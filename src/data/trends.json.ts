import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { trendsTable } from "../../data-loaders/trends.js";
await runCatalogLoader(trendsTable);
