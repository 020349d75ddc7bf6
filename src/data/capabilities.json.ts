import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { capabilitiesTable } from "../../data-loaders/tables.js";
await runCatalogLoader(capabilitiesTable);
