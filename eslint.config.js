// Lint rules that keep the codebase's promises measurable: functions under 100 lines, time only through the as-of
// date, and layers that read top-down (contract → loaders; contract → presets → components → registry → views).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const CLOCK = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "Time is an input: take the as-of date (data-loaders/as-of.ts) or an injected clock."
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "Time is an input: take the as-of date (data-loaders/as-of.ts) or an injected clock."
  }
];

// One way to build DOM by hand: src/components/dom.ts (h for HTML, svg for SVG).
const DOM = [
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^createElement(NS)?$/]",
    message: "Build elements with h() or svg() from src/components/dom.ts."
  }
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "reports/", "artifacts/", "src/.observablehq/", "tests/unit/__snapshots__/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }
      ],
      "@typescript-eslint/no-explicit-any": "off"
    }
  },
  {
    // Product code: small functions, no clock.
    files: ["src/**/*.ts", "data-loaders/**/*.ts"],
    rules: {
      "max-lines-per-function": ["error", { max: 100, skipBlankLines: true, skipComments: true }],
      "no-restricted-syntax": ["error", ...CLOCK, ...DOM]
    }
  },
  {
    // Code that runs in the browser (pages, components, the offline talk's bundle) has no Node `process`: a stray
    // `process.env` stops the offline talk where a page is drawn. The data loaders' entry files run in Node.
    files: ["src/**/*.ts"],
    ignores: ["src/data/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "process", message: "Browser code has no process: pass what it needs in as an option." }
      ]
    }
  },
  {
    // The one module that reads the clock, the deck's injected default clock, and the DOM helper itself.
    files: ["data-loaders/as-of.ts", "src/talk/clock.ts", "src/components/dom.ts"],
    rules: { "no-restricted-syntax": "off" }
  },
  {
    // The bottom layers: the contract, the presets, the palette and the figure types import no component or above.
    files: [
      "src/contract.ts",
      "src/figures/presets.ts",
      "src/figures/palette.ts",
      "src/figures/types.ts",
      "src/figures/explore-spec.ts"
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/components/**", "**/figures/registry*", "**/figures/story*", "**/views/**", "**/talk/**"],
              message: "The contract, presets, palette and figure types sit below the components: they import none."
            }
          ]
        }
      ]
    }
  },
  {
    files: ["src/components/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/figures/registry*", "**/figures/story*", "**/views/**", "**/talk/**"],
              message: "Components draw what they are given: they import no registry, story, view or talk module."
            },
            {
              group: ["**/data-loaders/**", "arquero"],
              message: "Components run in the browser: they take rows typed in src/contract.ts, never loader code."
            }
          ]
        }
      ]
    }
  }
);
