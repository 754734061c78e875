import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

/**
 * Something for the dashboard's program health to point at (lib/playbook/health.ts): a former employee whose
 * address is not on the roster asked to join nine days ago and is still waiting for HR. With the pipeline's
 * untouched items (seedOpportunities), the demo shows at least two suggestions, each with its fix — often a third,
 * the active rate falling month after month as the seeded visits thin out towards today.
 */
export async function seedProgramHealthDemo(tx: Tx, tenantId: string): Promise<void> {
  const askedAt = new Date(Date.now() - 9 * DAY);
  const user = await tx.user.create({ data: { email: "ryo.morimoto@example.com", name: "森本 亮", emailVerified: askedAt, createdAt: askedAt } });
  await tx.membership.create({
    data: {
      tenantId,
      userId: user.id,
      role: "ALUMNI",
      status: "PENDING",
      applicationNote: "2015〜2019年に大阪支社の営業部にいました。退職時に登録したメールアドレスが使えなくなったため、個人のアドレスで申請します。",
      createdAt: askedAt,
    },
  });
}
