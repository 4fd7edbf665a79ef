// Test runner settings: one suite for core, hosts and CLI; slow real-part tests get longer timeouts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["core/**/*.test.ts", "test/**/*.test.ts", "cli/**/*.test.ts", "addin-excel/**/*.test.ts", "addin-sheets/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
