import { loadCatalog } from "../../data-loaders/catalog.js";
import { capabilitiesTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(capabilitiesTable(loadCatalog())));
