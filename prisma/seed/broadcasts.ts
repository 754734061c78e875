import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

type SentSpec = {
  category: string;
  subjectJa: string | null;
  bodyJa: string | null;
  subjectEn: string | null;
  bodyEn: string | null;
  daysAgo: number;
  // Shares of emailed people who opened and clicked; portal readers as a share of everyone reached.
  open: number;
  click: number;
  read: number;
};

const SENT: SentSpec[] = [
  {
    category: "news",
    subjectJa: "かなでテクノロジーズ アルムナイネットワーク開設のご挨拶",
    bodyJa:
      "## アルムナイの皆さまへ\n\nかなでテクノロジーズを巣立った皆さまと、これからも**つながり続ける場所**をつくりました。\n\n- 元同僚を探して近況を知る\n- 会社の新しい挑戦を知る\n- 交流会や勉強会に参加する\n\n退職後も、皆さまは私たちの大切な仲間です。まずは[プロフィール](/demo/profile)を整えてみてください。\n\n人事部 アルムナイ担当",
    subjectEn: "Welcome to the Kanade Technologies alumni network",
    bodyEn:
      "## Dear alumni\n\nWe have built a place to **stay connected** with everyone who has been part of Kanade Technologies.\n\n- Find former colleagues and see what they are up to\n- Hear about the company's new ventures\n- Join meetups and study sessions\n\nYou remain part of our story. Start by completing your [profile](/demo/profile).\n\nHR, Alumni Relations",
    daysAgo: 150,
    open: 0.62,
    click: 0.21,
    read: 0.7,
  },
  {
    category: "opportunities",
    subjectJa: "【キャリア採用】プロダクトマネージャーを募集しています",
    bodyJa:
      "新規事業「かなでペイ」の立ち上げに伴い、プロダクトマネージャーを募集します。\n\n**アルムナイの皆さまの再入社を歓迎します。** 選考では在籍時の経験を考慮し、一次面接を免除します。\n\n- 勤務地：東京（リモート可）\n- 応募締切：12 月 20 日\n\nご興味のある方は人事部までご連絡ください。",
    subjectEn: "We're hiring: product managers",
    bodyEn:
      "We are looking for product managers to launch our new venture, Kanade Pay.\n\n**Alumni are warmly welcome back.** Your experience with us counts, and you skip the first interview.\n\n- Location: Tokyo (remote possible)\n- Apply by December 20\n\nContact HR if you are interested.",
    daysAgo: 30,
    open: 0.48,
    click: 0.14,
    read: 0.45,
  },
  {
    category: "events",
    subjectJa: "年末アルムナイ交流会のご案内（12 月 12 日・渋谷）",
    bodyJa: "今年も年末の交流会を開きます。元同僚との再会や、現役社員との交流をお楽しみください。\n\n詳細と参加登録は[イベントページ](/demo/events)から。",
    subjectEn: null,
    bodyEn: null,
    daysAgo: 6,
    open: 0.35,
    click: 0.1,
    read: 0.25,
  },
];

/**
 * The demo's announcements: three sent ones with their delivery figures (opens, clicks, a few bounces, one
 * unsubscribe), one scheduled, one draft, and the company's own "collaboration" category. The demo alumni have
 * the newest one unread, so the portal's badge shows.
 */
export async function seedBroadcasts(tx: Tx, tenantId: string, authorId: string, demoEmails: string[]): Promise<void> {
  await tx.broadcastCategory.create({ data: { tenantId, key: "collaboration", nameJa: "副業・業務委託のご相談", nameEn: "Side projects and contracting" } });
  const now = Date.now();
  for (const [n, spec] of SENT.entries()) {
    const { daysAgo, open, click, read, ...content } = spec;
    const sentAt = new Date(now - daysAgo * DAY);
    const broadcast = await tx.broadcast.create({
      data: { tenantId, ...content, status: "SENT", audience: "EVERYONE", createdById: authorId, sentById: authorId, createdAt: new Date(sentAt.getTime() - DAY), startedAt: sentAt, fannedOutAt: sentAt, completedAt: new Date(sentAt.getTime() + 60_000) },
      select: { id: true },
    });
    // Everyone active then (registered before it went out; the demo accounts, made today, count as long-standing
    // members) in the portal, and by email.
    await tx.$executeRaw`
      INSERT INTO "BroadcastDelivery" ("tenantId", "broadcastId", "membershipId", channel, status, locale, "createdAt", "readAt")
      SELECT m."tenantId", ${broadcast.id}, m.id, 'PORTAL', 'SENT', COALESCE(u.locale, 'ja'), ${sentAt},
        CASE WHEN u.email = ANY(${demoEmails}) AND ${n === SENT.length - 1} THEN NULL
             WHEN abs(hashtext(m.id || ${broadcast.id})) % 1000 < ${Math.round(read * 1000)} THEN ${sentAt}::timestamp + interval '1 day' END
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."tenantId" = ${tenantId} AND m.role = 'ALUMNI' AND m.status = 'ACTIVE'
        AND (m."createdAt" < ${sentAt} OR u.email = ANY(${demoEmails}))`;
    await tx.$executeRaw`
      INSERT INTO "BroadcastDelivery" ("tenantId", "broadcastId", "membershipId", channel, status, locale, email, batch, "emailId",
        "createdAt", "claimedAt", "sentAt", "deliveredAt", "bouncedAt", "openedAt", "clickedAt")
      SELECT "tenantId", ${broadcast.id}, id, 'EMAIL', CASE WHEN r % 1000 < 15 THEN 'BOUNCED' ELSE 'DELIVERED' END::"DeliveryStatus", locale, email,
        (row_number() OVER (ORDER BY id) - 1) / 100, 'seed_' || md5(id || ${broadcast.id}),
        ${sentAt}, ${sentAt}, ${sentAt}, CASE WHEN r % 1000 >= 15 THEN ${sentAt}::timestamp + interval '5 seconds' END,
        CASE WHEN r % 1000 < 15 THEN ${sentAt}::timestamp + interval '10 seconds' END,
        CASE WHEN r % 1000 >= 15 AND r % 997 < ${Math.round(open * 997)} THEN ${sentAt}::timestamp + interval '3 hours' END,
        CASE WHEN r % 1000 >= 15 AND r % 997 < ${Math.round(click * 997)} THEN ${sentAt}::timestamp + interval '3 hours 2 minutes' END
      FROM (
        SELECT m."tenantId", m.id, u.email, COALESCE(u.locale, 'ja') AS locale, abs(hashtext(m.id || ${broadcast.id} || 'mail')) AS r
        FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE m."tenantId" = ${tenantId} AND m.role = 'ALUMNI' AND m.status = 'ACTIVE'
        AND (m."createdAt" < ${sentAt} OR u.email = ANY(${demoEmails}))
      ) a`;
    const recipients = await tx.broadcastDelivery.count({ where: { broadcastId: broadcast.id, channel: "PORTAL" } });
    await tx.broadcast.update({ where: { id: broadcast.id }, data: { recipientCount: recipients } });
  }
  // One person unsubscribed from job mail through the hiring announcement's link.
  const unsubscribed = await tx.broadcastDelivery.findFirst({
    where: { tenantId, channel: "EMAIL", status: "DELIVERED", broadcast: { category: "opportunities" }, email: { notIn: demoEmails } },
    orderBy: { id: "asc" },
    select: { id: true, membershipId: true },
  });
  if (unsubscribed) {
    await tx.broadcastDelivery.update({ where: { id: unsubscribed.id }, data: { unsubscribedAt: new Date(now - 29 * DAY) } });
    await tx.emailPreference.create({ data: { tenantId, membershipId: unsubscribed.membershipId, category: "opportunities", enabled: false } });
  }
  await tx.broadcast.create({
    data: {
      tenantId, category: "collaboration", status: "SCHEDULED", audience: "FILTER", filters: { department: "開発部" }, createdById: authorId, sentById: authorId,
      scheduledAt: new Date(now + 3 * DAY),
      subjectJa: "協業パートナー募集：新規事業の PoC にご協力ください",
      bodyJa: "開発部 OB・OG の皆さまへ。来春の新規事業で、業務委託や副業として PoC に参加いただける方を探しています。\n\n期間は 3 か月程度、週 1 日からご相談できます。",
      subjectEn: "Looking for partners: help us with a new venture's PoC",
      bodyEn: "To alumni of the Development department: we are looking for contractors or side-project partners for a proof of concept next spring.\n\nAbout three months, from one day a week.",
    },
  });
  await tx.broadcast.create({
    data: {
      tenantId, category: "news", status: "DRAFT", audience: "EVERYONE", createdById: authorId,
      subjectJa: "社内報ダイジェスト 12 月号",
      bodyJa: "今月のトピック：\n\n1. 大阪オフィス移転のお知らせ\n2. 新任役員インタビュー\n3. 社内ハッカソンの結果",
    },
  });
}
