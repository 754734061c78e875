import { db } from "@/lib/db";
import type { EventNoticeKind, SendEventNoticesJob } from "@/lib/jobs/queues";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createAlumnus } from "./factories";

const HOUR = 3_600_000;

/** A published event starting in `startsInHours`, two hours long. */
export async function createEvent(tenantId: string, overrides: { capacity?: number | null; startsInHours?: number; maxGuests?: number; questions?: object[]; status?: "DRAFT" | "PUBLISHED" | "CANCELLED"; title?: string } = {}) {
  // Whole minutes, as the admin form gives them.
  const startsAt = new Date(Math.floor((Date.now() + (overrides.startsInHours ?? 72) * HOUR) / 60_000) * 60_000);
  return db.event.create({
    data: {
      tenantId,
      title: overrides.title ?? "アルムナイ交流会",
      description: "**年末**の交流会です。",
      format: "VENUE",
      venueName: "本社 20F ラウンジ",
      venueAddress: "東京都渋谷区道玄坂1-2-3",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      capacity: overrides.capacity === undefined ? 5 : overrides.capacity,
      maxGuests: overrides.maxGuests ?? 0,
      questions: overrides.questions ?? [],
      status: overrides.status ?? "PUBLISHED",
    },
  });
}

/** An alumnus of the tenant and their context, as the actions would resolve it. */
export async function alumnusContext(tenant: { id: string; slug: string }, name?: string) {
  const person = await createAlumnus(tenant.id, name ? { displayName: name } : {});
  return { ...person, context: (await resolveTenantContext(tenant.slug, person.user.id)) as TenantContext };
}

/** The notice jobs queued for an event (in pgboss.job), optionally of one kind. */
export async function queuedNotices(eventId: string, kind?: EventNoticeKind): Promise<SendEventNoticesJob[]> {
  const rows = await db.$queryRaw<{ data: SendEventNoticesJob }[]>`SELECT data FROM pgboss.job WHERE name = 'events.notices' AND data->>'eventId' = ${eventId} ORDER BY created_on`;
  return rows.map((r) => r.data).filter((job) => !kind || job.kind === kind);
}
