import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** An alumnus whose profile shows the directory's privacy at work: a company kept private, a location for staff only. */
export const PRIVATE_DEMO = {
  email: "kenji.watanabe@alumni.demo.example",
  name: "渡辺 健二",
  hiddenCompany: "極秘ホールディングス",
  staffOnlyLocation: "石垣市",
} as const;

/**
 * What makes the demo directory worth searching: people who chose to hide some fields (as real members do), one
 * well-known example of it, and a saved segment on the alumni list.
 */
export async function seedDirectoryDemo(tx: Tx, tenantId: string, staffUserId: string | null): Promise<void> {
  // About one in eight show their current company to staff only; one in ten keep their bio to themselves.
  await tx.$executeRaw`
    UPDATE "AlumniProfile" SET visibility = visibility
      || CASE WHEN abs(hashtext(id)) % 8 = 0 THEN '{"currentCompany": "STAFF"}'::jsonb ELSE '{}'::jsonb END
      || CASE WHEN abs(hashtext(id || 'bio')) % 10 = 0 THEN '{"bio": "PRIVATE"}'::jsonb ELSE '{}'::jsonb END
    WHERE "tenantId" = ${tenantId}`;

  const user = await tx.user.create({ data: { email: PRIVATE_DEMO.email, name: PRIVATE_DEMO.name } });
  const membership = await tx.membership.create({ data: { tenantId, userId: user.id, role: "ALUMNI", createdAt: new Date(Date.now() - 200 * 86_400_000) } });
  // On HR's roster like every demo member (he joined from an invitation).
  await tx.rosterEntry.create({
    data: {
      tenantId, employeeNumber: "K20001", email: PRIVATE_DEMO.email, name: PRIVATE_DEMO.name, nameKana: "わたなべ けんじ",
      department: "営業部", joinedOn: new Date(Date.UTC(2012, 3, 1)), leftOn: new Date(Date.UTC(2019, 2, 31)), membershipId: membership.id,
    },
  });
  await tx.alumniProfile.create({
    data: {
      tenantId, membershipId: membership.id, displayName: PRIVATE_DEMO.name, nameKana: "わたなべ けんじ", nameRomaji: "Kenji Watanabe",
      department: "営業部", joinedOn: new Date(Date.UTC(2012, 3, 1)), leftOn: new Date(Date.UTC(2019, 2, 31)),
      currentCompany: PRIVATE_DEMO.hiddenCompany, currentTitle: "データエンジニア", industry: "金融", location: PRIVATE_DEMO.staffOnlyLocation,
      skills: ["Python", "データ分析", "法人営業"], interests: ["networking", "mentoring"],
      bio: "営業からデータの仕事に移りました。営業部のOB・OGと情報交換したいです。", lastActiveAt: new Date(Date.now() - 2 * 86_400_000),
      visibility: { currentCompany: "PRIVATE", location: "STAFF" },
    },
  });

  if (staffUserId) {
    await tx.segment.create({
      data: { tenantId, name: "開発部OB・OG（再入社に関心あり）", filters: { department: "開発部", openToReturn: "yes" }, createdById: staffUserId },
    });
  }
}
