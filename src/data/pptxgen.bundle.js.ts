import { besideEntry } from "../../data-loaders/package-file.js";
// pptxgenjs with JSZip, as one classic script for the editor's "Download .pptx" (src/compose/pptx.ts).
process.stdout.write(besideEntry("pptxgenjs", "pptxgen.bundle.js"));
