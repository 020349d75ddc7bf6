import { epochImportModule } from "../../data-loaders/epoch/browser-bundle.js";
process.stdout.write(await epochImportModule());
