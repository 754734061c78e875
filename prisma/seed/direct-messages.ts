import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Who = "hanako" | "emily" | "peer" | "pitcher";
type Line = { by: Who; hoursAgo: number; body: string };

const HOUR = 3_600_000;

// Direct messages between demo alumni (decisions/022): Hanako and Emily planning a lunch (she has not read
// Emily's last one), Hanako and a former teammate, and a recruiter-style pitch to Emily that she reported.
const THREADS: { between: [Who, Who]; lines: Line[]; unreadFor?: Who }[] = [
  {
    between: ["hanako", "emily"], unreadFor: "hanako",
    lines: [
      { by: "emily", hoursAgo: 30, body: "Hi Hanako! I saw you joined the data platform meetup group. Are you still in Tokyo? Would love to catch up over lunch." },
      { by: "hanako", hoursAgo: 28, body: "Emily、お久しぶりです！まだ東京にいますよ。来週なら水曜か金曜のお昼が空いています。" },
      { by: "emily", hoursAgo: 5, body: "Wednesday works! How about the soba place near the old office, 12:15?" },
    ],
  },
  {
    between: ["hanako", "peer"],
    lines: [
      { by: "peer", hoursAgo: 200, body: "佐藤さん、ご無沙汰しています。データ基盤チームで一緒だった頃が懐かしいです。" },
      { by: "hanako", hoursAgo: 190, body: "こちらこそご無沙汰しています！今はどちらにいらっしゃるんですか？" },
      { by: "peer", hoursAgo: 185, body: "今は物流系のスタートアップで分析基盤を作っています。年末の交流会でゆっくり話しましょう。" },
    ],
  },
  {
    between: ["pitcher", "emily"],
    lines: [{ by: "pitcher", hoursAgo: 12, body: "【限定案件】今だけ！副業で月50万円確実に稼げる投資スクールをご紹介します。今すぐこちらのLINEに登録してください。" }],
  },
];

/** Two lively direct threads between demo alumni and one open report in the moderation queue. */
export async function seedDirectMessages(tx: Tx, tenantId: string, alumni: { membershipId: string }[]): Promise<void> {
  const named = await tx.membership.findMany({
    where: { tenantId, user: { email: { in: ["hanako@demo.kizuna.test", "emily@demo.kizuna.test"] } } },
    select: { id: true, user: { select: { email: true } } },
  });
  const active = await tx.membership.findMany({
    where: { tenantId, id: { in: alumni.map((a) => a.membershipId) }, status: "ACTIVE", role: "ALUMNI" },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 2,
  });
  const hanako = named.find((m) => m.user.email.startsWith("hanako"))?.id;
  const emily = named.find((m) => m.user.email.startsWith("emily"))?.id;
  const [peer, pitcher] = active.map((m) => m.id);
  if (!hanako || !emily || !peer || !pitcher) {
    return;
  }
  const ids: Record<Who, string> = { hanako, emily, peer, pitcher };
  const now = Date.now();
  for (const thread of THREADS) {
    const [first, second] = thread.between.map((w) => ids[w]) as [string, string];
    const at = (line: Line) => new Date(now - line.hoursAgo * HOUR);
    const last = thread.lines.at(-1)!;
    const conversation = await tx.conversation.create({
      data: { tenantId, kind: "DIRECT", subject: "", memberId: ids[thread.lines[0]!.by], directKey: [first, second].sort().join(":"), lastMessageAt: at(last), createdAt: at(thread.lines[0]!) },
    });
    const messages = await tx.conversationMessage.createManyAndReturn({
      data: thread.lines.map((line) => ({ tenantId, conversationId: conversation.id, authorId: ids[line.by], fromStaff: false, body: line.body, createdAt: at(line) })),
      select: { id: true, authorId: true, body: true, createdAt: true },
    });
    await tx.conversationParticipant.createMany({
      data: thread.between.map((w) => ({
        tenantId, conversationId: conversation.id, membershipId: ids[w], side: "MEMBER" as const,
        // Read up to the last message, except the one person left with an unread reply; the reported pitch is read.
        lastReadAt: thread.unreadFor === w ? at(thread.lines.at(-2)!) : at(last),
      })),
    });
    if (thread.between[0] === "pitcher") {
      const pitch = messages[0]!;
      await tx.messageReport.create({
        data: { tenantId, conversationId: conversation.id, messageId: pitch.id, reporterId: emily, reportedId: pitcher, reason: "SPAM", note: "I don't know this person, and it looks like a scam.", body: pitch.body, messageAt: pitch.createdAt, createdAt: new Date(now - 10 * HOUR) },
      });
    }
  }
}
