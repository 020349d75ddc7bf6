import { epochImportModule } from "../../data-loaders/epoch/browser-bundle.js";
import { runLoader } from "../../data-loaders/run-loader.js";
await runLoader(() => epochImportModule(), undefined, "text");
