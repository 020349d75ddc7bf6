import { loadEpoch } from "../../data-loaders/epoch.js";
process.stdout.write(JSON.stringify(loadEpoch()));
