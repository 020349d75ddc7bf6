import { loadCatalog } from "../../data-loaders/catalog.js";
import { lineageTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(lineageTable(loadCatalog())));
