import type { Prisma } from "../../lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Topic = "QUESTION" | "CASUAL_CHAT" | "COLLABORATION";
type Status = "OPEN" | "WAITING" | "CLOSED";
// Who wrote a message: the alumnus, the HR user, or the owner; a note is staff-only.
type Line = { by: "alumnus" | "hr" | "owner"; hoursAgo: number; body: string; note?: boolean };
type Spec = { who: "hanako" | "emily" | number; topic: Topic; subject: string; status: Status; assignee: "hr" | "owner" | null; readByAlumnus: boolean; lines: Line[] };

const HOUR = 3_600_000;

const CONVERSATIONS: Spec[] = [
  {
    who: "hanako", topic: "CASUAL_CHAT", subject: "カジュアル面談のお願い（データ基盤チーム）", status: "WAITING", assignee: "hr", readByAlumnus: false,
    lines: [
      { by: "alumnus", hoursAgo: 74, body: "ご無沙汰しております、佐藤です。\nデータ基盤チームの今の体制や働き方について、一度カジュアルにお話を伺えないでしょうか。\n平日の夕方であれば調整できます。" },
      { by: "hr", hoursAgo: 50, note: true, body: "データ基盤の田村部長に同席可否を確認中。来週の火・木の夕方が候補。" },
      { by: "hr", hoursAgo: 26, body: "佐藤さん、ご連絡ありがとうございます！ぜひお話ししましょう。\n来週火曜 18:00 または木曜 18:30 はいかがでしょうか（オンライン・30分ほど）。データ基盤の田村も同席予定です。" },
    ],
  },
  {
    who: "emily", topic: "QUESTION", subject: "Can I bring a former colleague to the year-end meetup?", status: "OPEN", assignee: null, readByAlumnus: true,
    lines: [{ by: "alumnus", hoursAgo: 3, body: "Hi! A former colleague from the Singapore office (not on the network yet) would love to join the year-end meetup. Is it OK to bring a guest?" }],
  },
  {
    who: 0, topic: "COLLABORATION", subject: "共同ウェビナーのご提案", status: "WAITING", assignee: "owner", readByAlumnus: true,
    lines: [
      { by: "alumnus", hoursAgo: 170, body: "現在 SaaS 企業でマーケティングを担当しています。貴社と共同で「データ活用の実務」をテーマにしたウェビナーを開催できないかと考えています。" },
      { by: "owner", hoursAgo: 150, note: true, body: "広報とも相談済み。前向きに進めたい。1月開催が現実的。" },
      { by: "owner", hoursAgo: 148, body: "ご提案ありがとうございます。ぜひ前向きに検討したいです。1月下旬の開催でいかがでしょうか。一度オンラインで打ち合わせさせてください。" },
    ],
  },
  {
    who: 1, topic: "QUESTION", subject: "退職証明書の再発行について", status: "CLOSED", assignee: "hr", readByAlumnus: true,
    lines: [
      { by: "alumnus", hoursAgo: 400, body: "転職先から退職証明書の提出を求められました。再発行をお願いできますでしょうか。" },
      { by: "hr", hoursAgo: 380, body: "承知しました。本日、ご登録の住所宛に郵送いたしました。届かない場合はこちらでお知らせください。" },
      { by: "alumnus", hoursAgo: 330, body: "無事に届きました。ありがとうございました！" },
    ],
  },
  {
    who: 2, topic: "QUESTION", subject: "企業年金（DC）の移換手続きについて", status: "OPEN", assignee: null, readByAlumnus: true,
    lines: [{ by: "alumnus", hoursAgo: 20, body: "退職時の企業型DCの移換について、手続きの期限を教えていただけますか。" }],
  },
];

const CANNED = [
  { title: "カジュアル面談の日程調整", body: "ご連絡ありがとうございます！ぜひお話ししましょう。\n以下の候補からご都合の良い日時をお知らせください（オンライン・30分ほど）。\n・\n・\n・" },
  { title: "Thanks for reaching out (EN)", body: "Thank you for getting in touch! We have passed your message to the right team and will get back to you within two business days." },
];

/**
 * The demo company's shared inbox: Hanako's casual-chat request with an internal note and a reply she has not
 * read yet, Emily's unassigned question, a collaboration idea the owner is handling, a closed question, and two
 * canned replies (Japanese and English).
 */
export async function seedInbox(tx: Tx, tenantId: string, alumni: { membershipId: string }[]): Promise<void> {
  const named = await tx.membership.findMany({
    where: { tenantId, user: { email: { in: ["hanako@demo.kizuna.test", "emily@demo.kizuna.test", "hr@demo.kizuna.test", "owner@demo.kizuna.test"] } } },
    select: { id: true, user: { select: { email: true } } },
  });
  const idOf = (prefix: string) => named.find((m) => m.user.email.startsWith(prefix))?.id;
  const [hr, owner] = [idOf("hr"), idOf("owner")];
  if (!hr || !owner) {
    return;
  }
  const staff = { hr, owner };
  const now = Date.now();
  for (const spec of CONVERSATIONS) {
    const memberId = typeof spec.who === "number" ? alumni[spec.who * 7]?.membershipId : idOf(spec.who);
    if (!memberId) {
      continue;
    }
    const at = (line: Line) => new Date(now - line.hoursAgo * HOUR);
    const last = spec.lines.at(-1)!;
    const lastPublic = spec.lines.filter((l) => !l.note).at(-1)!;
    const conversation = await tx.conversation.create({
      data: {
        tenantId, kind: "COMPANY", topic: spec.topic, subject: spec.subject, memberId, status: spec.status,
        assigneeId: spec.assignee ? staff[spec.assignee] : null, lastMessageAt: at(lastPublic), createdAt: at(spec.lines[0]!),
      },
    });
    await tx.conversationMessage.createMany({
      data: spec.lines.map((line) => ({
        tenantId, conversationId: conversation.id, authorId: line.by === "alumnus" ? memberId : staff[line.by], fromStaff: line.by !== "alumnus",
        internal: line.note ?? false, body: line.body, createdAt: at(line),
      })),
    });
    const readUntil = spec.readByAlumnus ? at(lastPublic) : at(spec.lines[0]!);
    const staffRead = spec.lines.filter((l) => l.by !== "alumnus").at(-1);
    await tx.conversationParticipant.createMany({
      data: [
        { tenantId, conversationId: conversation.id, membershipId: memberId, side: "MEMBER" as const, lastReadAt: readUntil },
        ...(staffRead ? [{ tenantId, conversationId: conversation.id, membershipId: staff[staffRead.by as "hr" | "owner"], side: "STAFF" as const, lastReadAt: at(last) }] : []),
      ],
    });
  }
  await tx.cannedReply.createMany({ data: CANNED.map((c) => ({ tenantId, ...c, createdById: staff.hr })) });
}
