import type { Prisma } from "../../lib/generated/prisma/client";

// The demo company has claimed its own address and is waiting for its IT team's DNS record: the settings page
// shows the records to add and the last check's finding (docs/decisions/032).
export async function seedDomain(tx: Prisma.TransactionClient, tenantId: string, staffUserId: string) {
  await tx.tenantDomain.create({
    data: {
      tenantId,
      hostname: "alumni.kanade-tech.co.jp",
      token: "k9dT2wq7Yp3LmVb8Rz1XcA",
      createdById: staffUserId,
      createdAt: new Date(Date.now() - 2 * 3_600_000),
      lastCheckedAt: new Date(Date.now() - 8 * 60_000),
      lastError: "notFound",
    },
  });
}
