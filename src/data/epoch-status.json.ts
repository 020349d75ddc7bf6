import { epochStatus } from "../../data-loaders/epoch/index.js";
import { runLoader } from "../../data-loaders/run-loader.js";
await runLoader(() => epochStatus());
