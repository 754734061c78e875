import { spawn } from "node:child_process";
import { figure, type Benchmark } from "../benchmark";
import { measure } from "../load";

// The tab to past events is on the signed-in events page only.
const LIST_MARKER = "/demo/events?view=past";

type Figures = { people: number; seats: number; seconds: number; p50: number; p95: number; max: number; going: number; waiting: number };

function runWorker(databaseUrl: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/bench/workers/event-rsvp.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output.trim().split("\n").pop() ?? "") as Figures) : reject(new Error(`event RSVP worker exited with ${code}`))));
  });
}

/** Everyone answering for the last seats at once (answers queue on the event's row lock), then the events page under load. */
export const eventRsvp: Benchmark = {
  name: "event-rsvp",
  description: "200 members answer \"going\" at the same moment for 50 seats; GET /demo/events as the demo alumna",
  async run(ctx) {
    const f = await runWorker(ctx.databaseUrl);
    const exact = f.going === f.seats && f.waiting === f.people - f.seats;
    const cookie = await ctx.signIn("hanako@demo.kizuna.test", "kizuna-demo");
    const check = await fetch(new URL("/demo/events", ctx.baseUrl), { headers: { cookie }, redirect: "manual" });
    const html = await check.text();
    if (check.status !== 200 || !html.includes(LIST_MARKER)) {
      throw new Error(`GET /demo/events as the demo alumna answered ${check.status} without the events list`);
    }
    return [
      figure("event-rsvp 200 answers for 50 seats", f.seconds, "s", { max: 10 }, exact),
      figure("event-rsvp answer p50", f.p50, "ms"),
      // Everyone arrives at once and waits their turn on the lock, so the slowest answer is about the total time.
      figure("event-rsvp answer p95", f.p95, "ms"),
      figure("event-rsvp seats given", f.going, "seats", { min: f.seats, max: f.seats }),
      ...(await measure(ctx, "events-page", { path: "/demo/events", headers: { cookie }, verifyBody: (body) => body.includes(LIST_MARKER) }, { p95MaxMs: 300, minRps: 30 })),
    ];
  },
};
