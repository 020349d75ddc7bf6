// The story fixture's tables, for component tests (see story-data.ts): frozen, so that adding a model to the live
// catalog changes no component test. Tests of the live catalog's facts are in tests/unit/catalog-facts.test.ts.
import { storyData } from "./story-data.js";

const data = storyData();
export const { releases, lineage, capabilities, abilities, emergence, milestones, trends, article } = data;
