import { runCatalogLoader } from "../../data-loaders/run-loader.js";
import { buildInfo } from "../../data-loaders/build-info.js";
await runCatalogLoader(buildInfo);
