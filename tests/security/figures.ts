// The figures each security test reports (attempts, leaks, cases…), carried to the summary table by the test's
// meta data (tests/security/reporter.ts prints them after the run).
export type SecurityFigures = Record<string, number>;

declare module "vitest" {
  interface TaskMeta {
    security?: SecurityFigures;
  }
}

/** Adds figures to the test that is running (`task` is the test context's task). */
export function report(task: { meta: { security?: SecurityFigures } }, figures: SecurityFigures): void {
  task.meta.security = { ...task.meta.security };
  for (const [name, value] of Object.entries(figures)) {
    task.meta.security[name] = (task.meta.security[name] ?? 0) + value;
  }
}
