import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { milestonesTable } from "../../data-loaders/tables.js";
await runCatalogLoader(milestonesTable);
