import { db } from "@/lib/db";
import { QUEUES, type SendReferralInviteJob, type SendStatusNoticeJob } from "@/lib/jobs/queues";

/** An open posting of the tenant (everyone, unless a segment is given). */
export function createPosting(tenantId: string, overrides: { title?: string; kind?: "JOB" | "CONTRACT" | "COLLABORATION"; status?: "DRAFT" | "OPEN" | "CLOSED"; segmentId?: string | null; closesAt?: Date | null } = {}) {
  return db.posting.create({
    data: {
      tenantId,
      kind: overrides.kind ?? "CONTRACT",
      title: overrides.title ?? "データ基盤の業務委託",
      description: "週2日・リモート可の**業務委託**です。",
      location: "東京都渋谷区",
      remote: true,
      terms: "時給 8,000円〜",
      contactPerson: "人事部 佐藤",
      status: overrides.status ?? "OPEN",
      segmentId: overrides.segmentId ?? null,
      closesAt: overrides.closesAt ?? null,
    },
  });
}

/** The jobs of a queue whose data has this value under this key (in pgboss.job), oldest first. */
async function queued<T>(queue: string, key: string, value: string): Promise<T[]> {
  const rows = await db.$queryRaw<{ data: T }[]>`SELECT data FROM pgboss.job WHERE name = ${queue} AND data->>${key} = ${value} ORDER BY created_on`;
  return rows.map((r) => r.data);
}

/** The referral mail jobs queued for a referral. */
export const queuedReferralInvites = (referralId: string) => queued<SendReferralInviteJob>(QUEUES.sendReferralInvite, "referralId", referralId);

/** The shared-status mail jobs queued for an interest. */
export const queuedStatusNotices = (interestId: string) => queued<SendStatusNoticeJob>(QUEUES.sendStatusNotice, "interestId", interestId);
