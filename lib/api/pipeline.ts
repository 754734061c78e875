import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { ApiCaller } from "./authenticate";
import { pageOf, type PageRequest } from "./pagination";
import type { pipelineItemSchema } from "./schemas";

type PipelineItem = z.output<typeof pipelineItemSchema>;

/** The re-hire pipeline as staff with pipeline.read see it (lib/opportunities/pipeline.ts), withdrawn items included. */
export async function listPipelineItems(caller: ApiCaller, page: PageRequest) {
  const rows = await db.interest.findMany({
    where: { tenantId: caller.tenantId, ...(page.after ? { id: { gt: page.after } } : {}) },
    orderBy: { id: "asc" },
    take: page.limit + 1,
    select: {
      id: true, kind: true, stage: true, membershipId: true, note: true, closedReason: true, hiredAt: true, withdrawnAt: true, createdAt: true, lastActivityAt: true,
      posting: { select: { id: true, title: true } },
    },
  });
  return pageOf(rows, page.limit, (i): PipelineItem => ({
    id: i.id,
    kind: i.kind.toLowerCase() as PipelineItem["kind"],
    stage: i.stage.toLowerCase() as PipelineItem["stage"],
    member_id: i.membershipId,
    posting: i.posting,
    note: i.note,
    closed_reason: i.closedReason,
    hired_on: i.hiredAt ? i.hiredAt.toISOString().slice(0, 10) : null,
    withdrawn_at: i.withdrawnAt?.toISOString() ?? null,
    created_at: i.createdAt.toISOString(),
    last_activity_at: i.lastActivityAt.toISOString(),
  }));
}
