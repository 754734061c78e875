// Runs inside its own Node process (react-server conditions, like the app's server code): PEOPLE members of a new
// company answer "going" for an event with SEATS seats all at the same moment; prints the figures as JSON.
import { db } from "@/lib/db";
import { respondToEvent } from "@/lib/events/rsvp";
import { stopJobQueue } from "@/lib/jobs/boss";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";

const PEOPLE = Number(process.env.BENCH_RSVP_PEOPLE ?? 200);
const SEATS = Number(process.env.BENCH_RSVP_SEATS ?? 50);

async function main() {
  const slug = `bench-events-${Date.now().toString(36)}`;
  const tenant = await db.tenant.create({ data: { slug, name: "ベンチマーク株式会社" } });
  try {
    const users = await db.user.createManyAndReturn({ data: Array.from({ length: PEOPLE }, (_, i) => ({ email: `${slug}-${i}@example.com`, name: `参加者 ${i}` })), select: { id: true } });
    await db.membership.createMany({ data: users.map((u) => ({ tenantId: tenant.id, userId: u.id, role: "ALUMNI" as const })) });
    const contexts = (await Promise.all(users.map((u) => resolveTenantContext(slug, u.id)))) as TenantContext[];
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const event = await db.event.create({ data: { tenantId: tenant.id, title: "ベンチ交流会", venueAddress: "東京都", startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), capacity: SEATS, status: "PUBLISHED" } });

    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      contexts.map(async (context) => {
        const t0 = performance.now();
        await respondToEvent(context, event.id, { response: "GOING", guests: 0, answers: {} });
        latencies.push(performance.now() - t0);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const going = await db.eventRegistration.count({ where: { tenantId: tenant.id, eventId: event.id, status: "GOING" } });
    const waiting = await db.eventRegistration.count({ where: { tenantId: tenant.id, eventId: event.id, status: "WAITLISTED" } });
    console.log(JSON.stringify({ people: PEOPLE, seats: SEATS, seconds, p50: latencies[Math.floor(PEOPLE * 0.5)], p95: latencies[Math.floor(PEOPLE * 0.95)], max: latencies.at(-1), going, waiting }));
  } finally {
    await db.tenant.delete({ where: { id: tenant.id } });
    await db.user.deleteMany({ where: { email: { startsWith: `${slug}-` } } });
    await stopJobQueue();
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
