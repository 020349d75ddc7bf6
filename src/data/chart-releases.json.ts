import { chartReleasesTable } from "../../data-loaders/chart-releases.js";
import { runCatalogLoader } from "../../data-loaders/run-loader.js";
await runCatalogLoader(chartReleasesTable);
