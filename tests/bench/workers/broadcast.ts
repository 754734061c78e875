// Runs in its own Node process against a database of its own (the benchmark creates it; the bench server's
// in-process workers never see it): 100,000 active alumni generated in SQL, then two announcements to all of them
// through the Resend sink with the real SDK — one straight through, one whose worker processes are killed with
// SIGKILL half-way and restarted. Prints the figures as JSON on its last line.
import type { ChildProcess } from "node:child_process";
import { fanOutBroadcast } from "@/lib/broadcasts/delivery/fan-out";
import { startBroadcast } from "@/lib/broadcasts/start";
import { db } from "@/lib/db";
import { startResendSink, type ResendSink } from "../../support/resend-sink";
import { killHard, startBroadcastWorker } from "../../support/worker-process";

const RECIPIENTS = Number(process.env.BENCH_BROADCAST_RECIPIENTS ?? 100_000);
// Two worker processes: one per core of the reference machine (a worker is one Node thread).
const WORKERS = Number(process.env.BENCH_BROADCAST_WORKERS ?? 2);

const log = (line: string) => console.error(`  ${line}`);
const seconds = (since: number) => (performance.now() - since) / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function seed(): Promise<string> {
  const started = performance.now();
  const tenant = await db.tenant.create({ data: { slug: "bench-broadcast", name: "ベンチ配信株式会社", nameEn: "Bench Broadcast Inc.", brandColor: "#0f766e" } });
  // One in eight reads English; the rest the company's Japanese.
  await db.$executeRaw`
    INSERT INTO "User" (id, email, name, locale, "createdAt", "updatedAt")
    SELECT 'bbu' || g, 'alumnus' || g || '@bench.example', '卒業生 ' || g, CASE WHEN g % 8 = 0 THEN 'en'::"Locale" END, now(), now()
    FROM generate_series(1, ${RECIPIENTS}::int) g`;
  await db.$executeRaw`
    INSERT INTO "Membership" (id, "tenantId", "userId", role, status, "createdAt", "updatedAt")
    SELECT 'bbm' || g, ${tenant.id}, 'bbu' || g, 'ALUMNI', 'ACTIVE', now(), now() FROM generate_series(1, ${RECIPIENTS}::int) g`;
  await db.$executeRaw`ANALYZE`;
  log(`${RECIPIENTS} alumni created in ${seconds(started).toFixed(1)} s`);
  return tenant.id;
}

async function newBroadcast(tenantId: string, label: string): Promise<string> {
  const broadcast = await db.broadcast.create({
    data: {
      tenantId,
      category: "news",
      subjectJa: `【${label}】年次アルムナイ交流会のご案内`,
      bodyJa: "# 年次交流会\n\n今年も**東京本社**で開催します。\n\n- 日時: 12月12日 18:30〜\n- 会場: 本社 20階\n\n[参加登録はこちら](https://example.com/rsvp)",
      subjectEn: `[${label}] Our annual alumni gathering`,
      bodyEn: "# Annual gathering\n\nOnce again at our **Tokyo head office**.\n\n- When: 12 December, from 18:30\n- Where: 20th floor\n\n[Register here](https://example.com/rsvp)",
    },
  });
  // As "send now" does: SENDING and the fan-out job queued. The benchmark runs the fan-out itself to time it; the
  // queued job then finds it done and does nothing.
  await db.$transaction((tx) => startBroadcast(tx, tenantId, broadcast.id, null));
  return broadcast.id;
}

const status = async (id: string) => (await db.broadcast.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

function workerEnv(sink: ResendSink): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: process.env.DATABASE_URL,
    AUTH_SECRET: process.env.AUTH_SECRET,
    AUTH_URL: "http://localhost:3200",
    RESEND_API_KEY: "re_bench",
    RESEND_BASE_URL: sink.url,
    BROADCAST_REQUESTS_PER_SECOND: "0",
    BROADCAST_BATCH_TIMEOUT_SECONDS: "5",
    JOB_MAINTENANCE_SECONDS: "1",
    NODE_ENV: "production",
  };
}

const startWorkers = (sink: ResendSink) => Promise.all(Array.from({ length: WORKERS }, () => startBroadcastWorker(workerEnv(sink))));

type Checked = { exactlyOnce: number; missing: number; doubled: number; rowsSent: number };

async function check(sink: ResendSink, broadcastId: string): Promise<Checked> {
  const counts = [...sink.perRecipient.values()];
  const rowsSent = await db.broadcastDelivery.count({ where: { broadcastId, channel: "EMAIL", status: "SENT" } });
  return {
    exactlyOnce: counts.filter((n) => n === 1).length,
    missing: RECIPIENTS - sink.perRecipient.size,
    doubled: counts.filter((n) => n > 1).length,
    rowsSent,
  };
}

async function run(tenantId: string, label: string, crash: boolean) {
  const broadcastId = await newBroadcast(tenantId, label);
  const fanOutStarted = performance.now();
  const fanOut = await fanOutBroadcast(tenantId, broadcastId);
  const enqueueSeconds = seconds(fanOutStarted);
  if (fanOut.outcome !== "fannedOut") {
    throw new Error(`fan-out: ${fanOut.outcome}`);
  }
  log(`${label}: fan-out of ${fanOut.members} recipients (${fanOut.batches} batches) in ${enqueueSeconds.toFixed(2)} s`);

  const sink = await startResendSink({ keep: false });
  let workers: ChildProcess[] = await startWorkers(sink);
  let firstAt = 0;
  let deliveredAtKill = 0;
  let killedAt = 0;
  try {
    while ((await status(broadcastId)) === "SENDING") {
      if (!firstAt && sink.delivered() > 0) {
        firstAt = performance.now();
      }
      if (crash && !killedAt && sink.delivered() >= RECIPIENTS / 2) {
        await Promise.all(workers.map(killHard));
        killedAt = performance.now();
        deliveredAtKill = sink.delivered();
        log(`${label}: killed ${workers.length} worker(s) with SIGKILL at ${deliveredAtKill} delivered; restarting`);
        workers = await startWorkers(sink);
      }
      await sleep(crash && !killedAt ? 2 : 50);
    }
    const deliverySeconds = seconds(firstAt);
    const checked = await check(sink, broadcastId);
    const keys = sink.requests.filter((r) => r.status === 200).map((r) => r.idempotencyKey);
    const replayed = keys.length - new Set(keys).size;
    log(`${label}: ${sink.delivered()} emails in ${deliverySeconds.toFixed(1)} s; ${checked.exactlyOnce} recipients exactly once, ${checked.missing} missing, ${checked.doubled} doubled; ${replayed} batch(es) replayed`);
    return { enqueueSeconds, deliverySeconds, throughput: sink.delivered() / deliverySeconds, ...checked, replayed, deliveredAtKill, recoverySeconds: killedAt ? seconds(killedAt) : 0 };
  } finally {
    await Promise.all(workers.map(killHard));
    await sink.close();
  }
}

async function main() {
  const tenantId = await seed();
  const straight = await run(tenantId, "straight", false);
  const crashed = await run(tenantId, "crash", true);
  console.log(JSON.stringify({ recipients: RECIPIENTS, workers: WORKERS, straight, crashed }));
  await db.$disconnect();
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
