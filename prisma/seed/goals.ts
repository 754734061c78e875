import type { Prisma } from "../../lib/generated/prisma/client";
import { rateOf } from "../../lib/analytics/rate";
import { snapshotSql } from "../../lib/goals/snapshot-sql";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
export const TIMEZONE = "Asia/Tokyo";

export function tokyoToday(): Date {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: TIMEZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date()).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/**
 * A year of daily program figures computed from the seeded history, and the goals a program team would have set
 * eight months ago — one on its way, one behind — with the reviews they wrote since. Dates are relative to today,
 * so the demo reads the same whenever it is started.
 */
export async function seedGoals(tx: Tx, tenantId: string, authorId: string): Promise<void> {
  const today = tokyoToday();
  await tx.$executeRaw(snapshotSql(tenantId, TIMEZONE, new Date(today.getTime() - 365 * DAY), today));
  const startOn = new Date(today.getTime() - 240 * DAY);
  const dueOn = new Date(today.getTime() + 125 * DAY);
  const on = async (day: Date) =>
    (await tx.$queryRaw<{ roster: number; joined: number; alumni: number; active30: number }[]>`
      SELECT roster, joined, alumni, active30 FROM "ProgramSnapshot" WHERE "tenantId" = ${tenantId} AND day = ${day}::date`)[0] ?? { roster: 0, joined: 0, alumni: 0, active30: 0 };
  const [atStart, eightWeeksAgo, now] = [await on(startOn), await on(new Date(today.getTime() - 56 * DAY)), await on(today)];
  const rate = (count: number, of: number) => rateOf(count, of).rate;
  // Set a little below where the recent pace leads, so the demo shows a goal on track beside one at risk.
  const pace = ((now.alumni - eightWeeksAgo.alumni) / 56) * 125;
  const registered = await tx.goal.create({
    data: {
      tenantId, metric: "REGISTERED", target: Math.floor((now.alumni + pace * 0.9) / 10) * 10, baseline: atStart.alumni, startOn, dueOn,
      title: "今年度の登録目標", createdById: authorId,
    },
  });
  await tx.goal.create({
    data: { tenantId, metric: "ACTIVE_RATE_30", target: 45, baseline: rate(atStart.active30, atStart.alumni), startOn, dueOn, title: "月間アクティブ率 45 %", createdById: authorId },
  });
  await tx.goal.create({
    data: { tenantId, metric: "REGISTRATION_RATE", target: 85, baseline: rate(now.joined, now.roster), startOn: today, dueOn: new Date(today.getTime() + 3 * 365 * DAY), title: "3 か年計画：登録率 85 %", createdById: authorId },
  });
  await tx.goalReview.createMany({
    data: [
      {
        tenantId, goalId: registered.id, reviewedOn: new Date(startOn.getTime() + 90 * DAY), authorId,
        did: "退職者面談で新しいアルムナイ向けのチラシと QR コードを配布。既存名簿の未招待者 120 名に招待メールを送信。",
        learned: "退職当日に案内した人の登録率が高い（約 6 割）。メール招待は開封されても登録に至らない人が多い。",
        next: "退職日に自動で招待が届くよう予約送信を使う。招待メールの件名を見直して A/B テストする。",
      },
      {
        tenantId, goalId: registered.id, reviewedOn: new Date(startOn.getTime() + 180 * DAY), authorId,
        did: "予約送信を開始。営業部・開発部の OB/OG 交流会で登録を案内。",
        learned: "交流会の参加者はその場で登録してくれる。部署ごとの登録率に差がある（管理部門が低い）。",
        next: "管理部門向けの交流会を企画。登録率の低い年次コホートに個別に再招待する。",
      },
    ],
  });
}
