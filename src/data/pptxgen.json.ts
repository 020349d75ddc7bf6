import { besideEntry } from "../../data-loaders/package-file.js";
import { runLoader } from "../../data-loaders/run-loader.js";
await runLoader(() => ({ script: besideEntry("pptxgenjs", "pptxgen.bundle.js") })); // see src/compose/pptx.ts
