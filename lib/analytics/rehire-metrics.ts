import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { rateOf, type Rate } from "./rate";

const YEAR = 365 * 86_400_000;

export const REHIRE_STEPS = ["interested", "contacted", "interviewing", "offered", "hired"] as const;
export type RehireStep = (typeof REHIRE_STEPS)[number];

/** What alumni said they were interested in: a posting of each kind, a casual chat, or the open-to-return signal. */
export const INTEREST_KINDS = ["JOB", "CONTRACT", "COLLABORATION", "CASUAL_CHAT", "OPEN_TO_RETURN"] as const;
export type InterestKindLabel = (typeof INTEREST_KINDS)[number];

export type RehireFunnel = { steps: { step: RehireStep; reached: Rate }[]; byKind: { kind: InterestKindLabel; count: number }[] };

/**
 * The re-hire pipeline as a funnel, for the interests expressed in the last 12 months: how many reached each stage
 * at some point (from their stage history, so one later closed still counts as contacted), each as a share of all
 * interests; and the interests by what they were about — collaboration and contract calls next to re-hiring.
 */
export async function rehireFunnel(context: TenantContext, now = new Date()): Promise<RehireFunnel> {
  const since = new Date(now.getTime() - YEAR);
  const [row] = await db.$queryRaw<{ interested: number; contacted: number; interviewing: number; offered: number; hired: number }[]>`
    WITH reached AS (
      SELECT i.id, greatest(
        CASE i.stage WHEN 'CONTACTED' THEN 1 WHEN 'INTERVIEWING' THEN 2 WHEN 'OFFERED' THEN 3 WHEN 'HIRED' THEN 4 ELSE 0 END,
        coalesce(max(CASE e."toStage" WHEN 'CONTACTED' THEN 1 WHEN 'INTERVIEWING' THEN 2 WHEN 'OFFERED' THEN 3 WHEN 'HIRED' THEN 4 ELSE 0 END), 0)
      ) AS step
      FROM "Interest" i
      LEFT JOIN "InterestEvent" e ON e."tenantId" = i."tenantId" AND e."interestId" = i.id AND e.action = 'MOVED'
      WHERE i."tenantId" = ${context.tenant.id} AND i."createdAt" >= ${since}
      GROUP BY i.id
    )
    SELECT count(*)::int AS interested, count(*) FILTER (WHERE step >= 1)::int AS contacted, count(*) FILTER (WHERE step >= 2)::int AS interviewing,
      count(*) FILTER (WHERE step >= 3)::int AS offered, count(*) FILTER (WHERE step >= 4)::int AS hired
    FROM reached`;
  const kinds = await db.$queryRaw<{ kind: InterestKindLabel; count: number }[]>`
    SELECT coalesce(p.kind::text, i.kind::text) AS kind, count(*)::int AS count
    FROM "Interest" i LEFT JOIN "Posting" p ON p."tenantId" = i."tenantId" AND p.id = i."postingId"
    WHERE i."tenantId" = ${context.tenant.id} AND i."createdAt" >= ${since}
    GROUP BY 1`;
  const counts = row ?? { interested: 0, contacted: 0, interviewing: 0, offered: 0, hired: 0 };
  const byKind = new Map(kinds.map((k) => [k.kind, k.count]));
  return {
    steps: REHIRE_STEPS.map((step) => ({ step, reached: rateOf(counts[step], counts.interested) })),
    byKind: INTEREST_KINDS.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 })),
  };
}
