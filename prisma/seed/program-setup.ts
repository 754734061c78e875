import type { Prisma } from "../../lib/generated/prisma/client";
import { snapshotSql } from "../../lib/goals/snapshot-sql";
import { TIMEZONE, tokyoToday } from "./goals";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

/**
 * The demo company went through the guided setup when it started its program (issue #12): re-hiring and
 * collaboration are its purposes, its first announcement is the welcome message on its landing page, past
 * leavers are invited in waves of 50 every two weeks, and its next review is a month away. Runs last, after the
 * pipeline and postings exist, so the re-hire figures of the goal charts come from the seeded history.
 */
export async function seedProgramSetup(tx: Tx, tenantId: string, authorId: string): Promise<void> {
  const today = tokyoToday();
  await tx.$executeRaw(snapshotSql(tenantId, TIMEZONE, new Date(today.getTime() - 365 * DAY), today));
  const [figures] = await tx.$queryRaw<{ openToReturn: number; returns365: number }[]>`
    SELECT "openToReturn", returns365 FROM "ProgramSnapshot" WHERE "tenantId" = ${tenantId} AND day = ${today}::date`;
  const startOn = new Date(today.getTime() - 150 * DAY);
  const inYears = (years: number) => new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), today.getUTCDate()));
  await tx.goal.createMany({
    data: [
      { tenantId, metric: "OPEN_TO_RETURN", target: Math.max(10, Math.ceil(((figures?.openToReturn ?? 0) * 1.6) / 5) * 5), baseline: 0, startOn, dueOn: inYears(1), title: "再入社に前向きな方を増やす", createdById: authorId },
      { tenantId, metric: "RETURNS_365", target: Math.max(5, (figures?.returns365 ?? 0) + 4), baseline: 0, startOn, dueOn: inYears(3), title: "年間のアルムナイ採用", createdById: authorId },
    ],
  });
  const welcome = await tx.broadcast.findFirst({ where: { tenantId, category: "news", status: "SENT" }, orderBy: { startedAt: "asc" }, select: { id: true, bodyJa: true, bodyEn: true } });
  await tx.tenant.update({ where: { id: tenantId }, data: { welcomeMessageJa: welcome?.bodyJa ?? null, welcomeMessageEn: welcome?.bodyEn ?? null } });
  const firstWaveOn = new Date(startOn.getTime() + 7 * DAY);
  const waves = Math.floor((today.getTime() - firstWaveOn.getTime()) / (14 * DAY));
  await tx.programSetup.create({
    data: {
      tenantId,
      purposes: ["REHIRING", "COLLABORATION"],
      purposeNote: "辞めた後も仲間。戻りたくなったとき、一緒に仕事をしたくなったときに、すぐ声をかけ合える関係をつくる。",
      waveSize: 50,
      waveEveryDays: 14,
      firstWaveOn,
      lastWaveOn: new Date(firstWaveOn.getTime() + waves * 14 * DAY),
      firstBroadcastId: welcome?.id ?? null,
      reviewOn: new Date(today.getTime() + 30 * DAY),
      doneSteps: ["purpose", "goals", "plan", "message", "review"],
      completedAt: new Date(startOn.getTime() + DAY),
      updatedById: authorId,
      createdAt: startOn,
    },
  });
}
