import { loadCatalog } from "../../data-loaders/catalog.js";
import { milestonesTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(milestonesTable(loadCatalog())));
