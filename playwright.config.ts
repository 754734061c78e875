import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ORIGIN } from "./tests/support/ports";

// Debian's Chromium when installed (no browser download is possible offline); Playwright's own otherwise.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    }
  : {};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  // Whole journeys (sign in, act, read the outbox) on a 2-core machine running two browsers and the app: a budget,
  // not a performance claim (those are in `npm run bench`).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // localhost, not 127.0.0.1: Auth.js builds callback URLs from the request's origin.
    baseURL: E2E_ORIGIN,
    locale: "ja-JP",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: "npx tsx tests/e2e/server.ts",
    url: `${E2E_ORIGIN}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
