// The real catalog's tables, built as the loaders build them, for component tests.
import { loadCatalog } from "../../data-loaders/catalog.js";
import * as tables from "../../data-loaders/tables.js";
import { trendsTable } from "../../data-loaders/trends.js";

const catalog = loadCatalog();
export const releases = tables.releasesTable(catalog);
export const lineage = tables.lineageTable(catalog) as any[];
export const capabilities = tables.capabilitiesTable(catalog) as any[];
export const abilities = tables.abilitiesTable(catalog) as any[];
export const emergence = tables.emergenceTable(catalog) as any[];
export const milestones = tables.milestonesTable(catalog) as any[];
export const trends = trendsTable(catalog) as any[];
