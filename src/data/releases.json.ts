import { loadCatalog } from "../../data-loaders/catalog.js";
import { releasesTable } from "../../data-loaders/tables.js";
process.stdout.write(JSON.stringify(releasesTable(loadCatalog())));
