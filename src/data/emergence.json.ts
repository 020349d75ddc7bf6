import { loadCatalog } from "../../data-loaders/catalog.js";
import { emergenceTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(emergenceTable(loadCatalog())));
