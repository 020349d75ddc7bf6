import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { releasesTable } from "../../data-loaders/tables.js";
await runCatalogLoader(releasesTable);
