import { db } from "@/lib/db";
import type { SendReferralInviteJob } from "@/lib/jobs/queues";

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

/** The referral mail jobs queued for a referral (in pgboss.job). */
export async function queuedReferralInvites(referralId: string): Promise<SendReferralInviteJob[]> {
  const rows = await db.$queryRaw<{ data: SendReferralInviteJob }[]>`SELECT data FROM pgboss.job WHERE name = 'opportunities.referral-invite' AND data->>'referralId' = ${referralId}`;
  return rows.map((r) => r.data);
}
