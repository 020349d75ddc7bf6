import { loadCatalog } from "../../data-loaders/catalog.js";
import { trendsTable } from "../../data-loaders/trends.js";
process.stdout.write(JSON.stringify(trendsTable(loadCatalog())));
