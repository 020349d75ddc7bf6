import { loadCatalog } from "../../data-loaders/catalog.js";
import { abilitiesTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(abilitiesTable(loadCatalog())));
