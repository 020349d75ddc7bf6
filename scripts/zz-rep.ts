import { exportReport } from "./export-pdf.js";
console.log(await exportReport("dist", "/tmp/rep"));
