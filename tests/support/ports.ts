// Ports the test servers listen on. KIZUNA_TEST_PORT_OFFSET shifts them all, so two checkouts on one machine can run
// their suites at the same time (use steps of 10).
const offset = Number(process.env.KIZUNA_TEST_PORT_OFFSET ?? 0) || 0;

export const TEST_PORTS = {
  vitestPostgres: 54330 + offset,
  e2ePostgres: 54331 + offset,
  e2eApp: 3100 + offset,
  benchApp: 3200 + offset,
  benchPostgres: 54332 + offset,
} as const;

export const E2E_ORIGIN = `http://localhost:${TEST_PORTS.e2eApp}`;
