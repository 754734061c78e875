// Where `npm run bench` and `npm run seed:scale` keep their database and serve the app: ports shifted by
// KIZUNA_TEST_PORT_OFFSET like the test servers, so checkouts on one machine do not collide.
const offset = Number(process.env.KIZUNA_TEST_PORT_OFFSET ?? 0) || 0;

export const BENCH_APP_PORT = 3200 + offset;
export const BENCH_DATABASE = { dataDir: ".data/bench-postgres", port: 54332 + offset, database: "kizuna_bench" } as const;
