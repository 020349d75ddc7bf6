import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // A hang's guard, not a speed test: a layout that takes 0.6 s here took over 5 s (the default) on a loaded
          // CI machine and failed the run.
          testTimeout: 20_000,
          setupFiles: ["tests/support/clock.ts", "tests/support/fail-on-warnings.ts"]
        }
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false
        }
      }
    ]
  }
});
