import type { Reporter, TestCase, TestModule } from "vitest/node";
import type { SecurityFigures } from "./figures";

// Prints one table of the security suite's figures after a Vitest run (`npm run test:security`, and the vitest
// stage of `npm test`): attack attempts and leaks, fuzz cases and crashes, header checks. Figures come from the
// tests' meta data (tests/security/figures.ts); a figure that must be 0 says so.

const MUST_BE_ZERO = new Set(["leaks", "wrong answers", "crashes (500)", "fuzz failures", "header failures"]);

const ORDER = [
  "actions covered", "routes covered", "attack attempts", "done, changed nothing", "wrong answers", "leaks",
  "fuzz cases", "fuzz failures", "crashes (500)", "header checks", "header failures",
];

export default class SecuritySummaryReporter implements Reporter {
  private readonly totals: SecurityFigures = {};
  private failed = 0;

  onTestCaseResult(testCase: TestCase) {
    const figures = testCase.meta().security;
    if (!figures) {
      return;
    }
    if (testCase.result().state === "failed") {
      this.failed++;
    }
    for (const [name, value] of Object.entries(figures)) {
      this.totals[name] = (this.totals[name] ?? 0) + value;
    }
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>) {
    const names = Object.keys(this.totals).sort((a, b) => rank(a) - rank(b));
    if (names.length === 0) {
      return;
    }
    const width = Math.max(...names.map((n) => n.length));
    const lines = names.map((name) => {
      const value = this.totals[name]!;
      const note = MUST_BE_ZERO.has(name) ? (value === 0 ? "  ok (must be 0)" : "  FAIL (must be 0)") : "";
      return `  ${name.padEnd(width)}  ${String(value).padStart(7)}${note}`;
    });
    console.log(`\nSecurity summary${this.failed ? ` — ${this.failed} security test(s) failed` : ""}\n${lines.join("\n")}\n`);
  }
}

function rank(name: string): number {
  const index = ORDER.indexOf(name);
  return index === -1 ? ORDER.length : index;
}
