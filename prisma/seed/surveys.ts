import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;

// The demo's voice of the alumni: last spring's anonymous NPS survey, closed, with its answers; and one open now
// that some have answered and the demo alumnae have not, so there is one to try.
export async function seedSurveys(tx: Tx, tenantId: string, authorId: string, skipEmails: string[]): Promise<void> {
  const members = await tx.membership.findMany({
    where: { tenantId, role: "ALUMNI", status: "ACTIVE", user: { email: { notIn: skipEmails } } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const now = Date.now();
  const spring = await tx.survey.create({
    data: {
      tenantId, createdById: authorId, title: "アルムナイネットワーク満足度調査 2026 春", anonymous: true, status: "CLOSED",
      intro: "ネットワークの改善のため、率直なご意見をお聞かせください。回答は匿名で集計されます。",
      openedAt: new Date(now - 200 * DAY), closedAt: new Date(now - 170 * DAY),
    },
  });
  const [nps, reason, wish] = await Promise.all([
    tx.surveyQuestion.create({ data: { tenantId, surveyId: spring.id, position: 0, kind: "NPS", prompt: "かなでテクノロジーズを友人や知人に勧める可能性はどのくらいありますか？" } }),
    tx.surveyQuestion.create({ data: { tenantId, surveyId: spring.id, position: 1, kind: "MULTIPLE", prompt: "ネットワークに期待することは？（複数選択可）", options: ["仕事の機会", "元同僚との交流", "会社の最新情報", "勉強会・イベント"] } }),
    tx.surveyQuestion.create({ data: { tenantId, surveyId: spring.id, position: 2, kind: "TEXT", prompt: "ご意見・ご要望があればお書きください。", required: false } }),
  ]);
  const texts = [
    "交流会をもっと地方でも開いてほしい。", "求人情報をメールで受け取れると嬉しい。", "元の部署の近況が知りたい。", "オンラインの勉強会があれば参加したい。",
    "副業で協力できる案件があれば声をかけてほしい。", "退職後も社内報が読めるのはありがたい。", "同期会の開催を手伝いたい。", "英語の情報もあると海外在住者は助かります。",
  ];
  // How often each hope is chosen, as a share of respondents: meeting former colleagues first, then company news.
  const wishShare = [0.45, 0.8, 0.6, 0.35];
  const wishes = ["仕事の機会", "元同僚との交流", "会社の最新情報", "勉強会・イベント"];
  const asked = members.slice(0, 120);
  await tx.surveyRecipient.createMany({
    data: asked.map((m, i) => ({ tenantId, surveyId: spring.id, membershipId: m.id, emailedAt: new Date(now - 200 * DAY), answeredAt: i % 2 === 0 ? new Date(now - (199 - (i % 20)) * DAY) : null })),
  });
  for (let i = 0; i < asked.length; i += 2) {
    // Scores lean positive, as alumni who join a network tend to: an NPS around +20.
    const score = [10, 9, 8, 9, 7, 10, 6, 8, 9, 5, 10, 3][(i / 2) % 12]!;
    const responseId = randomUUID();
    await tx.surveyResponse.create({ data: { id: responseId, tenantId, surveyId: spring.id, createdAt: new Date(Math.floor((now - 199 * DAY) / DAY) * DAY) } });
    await tx.surveyAnswer.createMany({
      data: [
        { id: randomUUID(), tenantId, responseId, questionId: nps.id, score },
        { id: randomUUID(), tenantId, responseId, questionId: reason.id, choices: wishes.filter((_, w) => (i * 37 + w * 101) % 100 < wishShare[w]! * 100) },
        ...(i % 6 === 0 ? [{ id: randomUUID(), tenantId, responseId, questionId: wish.id, text: texts[(i / 6) % texts.length]! }] : []),
      ],
    });
  }

  const open = await tx.survey.create({
    data: {
      tenantId, createdById: authorId, title: "秋の交流会についてのアンケート", status: "OPEN", openedAt: new Date(now - 5 * DAY),
      intro: "12 月の交流会の企画の参考にします。1 分で回答できます。",
    },
  });
  const [format, topics] = await Promise.all([
    tx.surveyQuestion.create({ data: { tenantId, surveyId: open.id, position: 0, kind: "SINGLE", prompt: "参加しやすい形式は？", options: ["東京で対面", "大阪で対面", "オンライン"] } }),
    tx.surveyQuestion.create({ data: { tenantId, surveyId: open.id, position: 1, kind: "TEXT", prompt: "聞いてみたいテーマがあれば教えてください。", required: false } }),
  ]);
  const answeredOpen = members.slice(0, 30);
  await tx.surveyRecipient.createMany({ data: answeredOpen.map((m) => ({ tenantId, surveyId: open.id, membershipId: m.id, emailedAt: new Date(now - 5 * DAY), answeredAt: new Date(now - 3 * DAY) })) });
  for (const [i, m] of answeredOpen.entries()) {
    const response = await tx.surveyResponse.create({ data: { tenantId, surveyId: open.id, membershipId: m.id, createdAt: new Date(now - 3 * DAY) } });
    await tx.surveyAnswer.createMany({
      data: [
        { tenantId, responseId: response.id, questionId: format.id, choices: [["東京で対面", "オンライン", "大阪で対面"][i % 3]!] },
        ...(i % 5 === 0 ? [{ tenantId, responseId: response.id, questionId: topics.id, text: ["生成 AI の活用事例", "キャリアの築き方", "新規事業の話"][i % 3]! }] : []),
      ],
    });
  }
}
