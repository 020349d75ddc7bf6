import { loadCatalog } from "../../data-loaders/catalog.js";
import { claimsTable } from "../../data-loaders/claims.js";
process.stdout.write(JSON.stringify(claimsTable(loadCatalog())));
