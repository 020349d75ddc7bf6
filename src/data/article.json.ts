import { loadCatalog } from "../../data-loaders/catalog.js";
import { articleTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(articleTable(loadCatalog())));
