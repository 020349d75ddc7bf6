import { loadCatalog } from "../../data-loaders/catalog.js";
import { buildInfo } from "../../data-loaders/build-info.js";
process.stdout.write(JSON.stringify(buildInfo(loadCatalog())));
