// The URL's view state: typed parsers that reject what they cannot read and keep the default, the link a state writes,
// and the one controller per page that every listener hears.
import { describe, expect, test, vi } from "vitest";
import {
  boolParam,
  enumParam,
  idParam,
  intParam,
  listParam,
  readState,
  stateQuery,
  type Params
} from "../../src/views/url-state.js";
import { createViewController } from "../../src/views/view-controller.js";

interface State {
  scale: "log" | "linear";
  branch: readonly ("a" | "b" | "c")[];
  from: number;
  trend: boolean;
  model: string | null;
}

const PARAMS: Params<State> = {
  scale: enumParam(["log", "linear"] as const, "log"),
  branch: listParam(["a", "b", "c"] as const, ["a", "b", "c"]),
  from: intParam(2017, 2023, 2017),
  trend: boolParam(true),
  model: idParam(["gpt-3", "gpt-4"])
};
const DEFAULTS: State = { scale: "log", branch: ["a", "b", "c"], from: 2017, trend: true, model: null };

describe("reading a link", () => {
  test("valid values are read, in the vocabulary's order", () => {
    expect(readState("?scale=linear&branch=c,a&from=2020&trend=off&model=gpt-4", PARAMS)).toEqual({
      scale: "linear",
      branch: ["a", "c"],
      from: 2020,
      trend: false,
      model: "gpt-4"
    });
  });
  test("an empty list is a choice (no branch), not a missing value", () => {
    expect(readState("?branch=", PARAMS).branch).toEqual([]);
  });
  test.each([
    ["?from=abc", "a year that is not a number"],
    ["?from=1e99", "an exponent"],
    ["?from=2016", "a year before the range"],
    ["?from=2024", "a year after the range"],
    ["?from=2020.5", "a fraction"],
    ["?from=%20%202020", "padding"],
    ["?scale=LOG", "another case"],
    ["?scale=%3Cscript%3Ealert(1)%3C/script%3E", "markup"],
    ["?branch=a,nonsense", "one unknown item in a list"],
    ["?trend=yes", "a boolean in other words"],
    ["?model=gpt-5", "an unknown model"],
    ["?model=__proto__", "a prototype key"],
    [`?scale=${"x".repeat(100_000)}`, "a 100,000-character value"]
  ])("%s (%s) leaves the default", (search) => {
    expect(readState(search, PARAMS)).toEqual(DEFAULTS);
  });
  test("a hostile value in one parameter leaves the others as the link says", () => {
    expect(readState("?from=abc&scale=linear", PARAMS)).toEqual({ ...DEFAULTS, scale: "linear" });
  });
  test("a parameter given twice: the first counts", () => {
    expect(readState("?scale=linear&scale=log", PARAMS).scale).toBe("linear");
  });
});

describe("writing a link", () => {
  test("defaults are left out, so the default view's link is bare", () => {
    expect(stateQuery(DEFAULTS, PARAMS)).toBe("");
  });
  test("what differs is written, other parameters of the page are kept", () => {
    expect(stateQuery({ ...DEFAULTS, branch: ["a"], trend: false }, PARAMS, "?lang=zh&from=2019")).toBe(
      "?lang=zh&branch=a&trend=off"
    );
  });
  test("a written link reads back as the same state", () => {
    const state: State = { scale: "linear", branch: ["b"], from: 2021, trend: false, model: "gpt-3" };
    expect(readState(stateQuery(state, PARAMS), PARAMS)).toEqual(state);
  });
});

describe("the view controller", () => {
  test("starts from the link, tells every listener of a change once, and ignores a change to the same values", () => {
    const controller = createViewController(PARAMS, { search: "?scale=linear", writeUrl: false });
    const heard = vi.fn();
    controller.subscribe(heard);
    expect(heard).toHaveBeenLastCalledWith({ ...DEFAULTS, scale: "linear" });
    controller.set({ from: 2020 });
    controller.set({ from: 2020 });
    expect(heard).toHaveBeenCalledTimes(2);
    expect(controller.state.from).toBe(2020);
  });
  test("an unsubscribed listener hears nothing more", () => {
    const controller = createViewController(PARAMS, { search: "", writeUrl: false });
    const heard = vi.fn();
    const unsubscribe = controller.subscribe(heard);
    unsubscribe();
    controller.set({ trend: false });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
