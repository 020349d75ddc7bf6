import { loadCatalog } from "../../data-loaders/catalog.js";
import { sourcesTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(sourcesTable(loadCatalog())));
