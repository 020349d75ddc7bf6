import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { claimsTable } from "../../data-loaders/claims.js";
await runCatalogLoader(claimsTable);
