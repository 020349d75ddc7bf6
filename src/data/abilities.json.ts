import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { abilitiesTable } from "../../data-loaders/tables.js";
await runCatalogLoader(abilitiesTable);
