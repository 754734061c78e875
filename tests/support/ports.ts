// Ports the test servers listen on. KIZUNA_TEST_PORT_OFFSET shifts them all, so two checkouts on one machine can run
// their suites at the same time (use steps of 10).
const offset = Number(process.env.KIZUNA_TEST_PORT_OFFSET ?? 0) || 0;

export const TEST_PORTS = {
  vitestPostgres: 54330 + offset,
  e2ePostgres: 54331 + offset,
  e2eApp: 3100 + offset,
  // UDP: the DNS server the custom-domain spec runs, which the e2e app asks (KIZUNA_DNS_SERVERS).
  e2eDns: 5390 + offset,
} as const;

export const E2E_ORIGIN = `http://localhost:${TEST_PORTS.e2eApp}`;
