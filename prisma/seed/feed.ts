import type { Prisma } from "../../lib/generated/prisma/client";
import { resizeFeedImage } from "../../lib/feed/image";

type Tx = Prisma.TransactionClient;
type Reaction = "LIKE" | "HEART" | "CELEBRATE" | "CLAP";
type Who = "hanako" | "emily" | "hr" | "owner" | number;
type Spec = {
  by: "hr" | "owner";
  daysAgo: number;
  pinned?: boolean;
  picture?: [string, string];
  body: string;
  reactions: [Who, Reaction][];
  comments: { by: Who; hoursAfter: number; body: string }[];
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const POSTS: Spec[] = [
  {
    by: "owner", daysAgo: 40, pinned: true,
    body: "## アルムナイネットワークへようこそ / Welcome to our alumni network\n\n当社を卒業された皆さんと、これからもつながり続けるための場所です。近況のご報告、イベント、求人やコラボレーションのご相談など、気軽にご活用ください。\n\nThis is the place to stay in touch with the company and with one another: news, events, open roles and ideas for working together. **Say hello in the comments!**",
    reactions: [["hanako", "HEART"], ["emily", "LIKE"], [0, "LIKE"], [1, "CLAP"], [2, "HEART"], [3, "LIKE"]],
    comments: [
      { by: "hanako", hoursAfter: 5, body: "こういう場ができてうれしいです。皆さんよろしくお願いします！" },
      { by: "emily", hoursAfter: 30, body: "Great to be back in touch with everyone. Hello from Singapore!" },
    ],
  },
  {
    by: "hr", daysAgo: 6, picture: ["#0f766e", "#f59e0b"],
    body: "### 秋のアルムナイ交流会を開催しました\n\n11月の交流会には **42名** のアルムナイにご参加いただきました。現役社員とのパネルトーク「この5年で変わったこと」では、リモートワーク制度や新規事業について活発な質問をいただきました。\n\n次回は年末のミートアップを予定しています。詳細は[イベントページ](/demo/events)をご覧ください。",
    reactions: [["hanako", "CELEBRATE"], ["emily", "CLAP"], [4, "CLAP"], [5, "LIKE"], [6, "CELEBRATE"]],
    comments: [
      { by: "hanako", hoursAfter: 3, body: "久しぶりに皆さんに会えて楽しかったです。パネルトーク、とても参考になりました。" },
      { by: 4, hoursAfter: 20, body: "次回はオンライン参加の枠もあるとうれしいです。" },
      { by: "hr", hoursAfter: 26, body: "ご意見ありがとうございます！年末のミートアップはオンライン配信も検討しています。" },
    ],
  },
  {
    by: "hr", daysAgo: 2,
    body: "**We're hiring: Senior Data Engineer (Tokyo / hybrid)**\n\nデータ基盤チームでシニアデータエンジニアを募集しています。アルムナイの皆さんの再入社（カムバック）も大歓迎です。ご興味があれば、[募集ページ](/demo/opportunities)から「興味あり」を押すか、お気軽にメッセージでご相談ください。\n\nKnow someone great? You can refer them from the same page.",
    reactions: [["emily", "LIKE"], [7, "LIKE"], [8, "HEART"]],
    comments: [{ by: "emily", hoursAfter: 8, body: "Is the role open to people based outside Japan for the first few months?" }],
  },
];

/**
 * The demo company's feed: a pinned bilingual welcome from the owner, an event recap with a picture, a hiring note,
 * with reactions and comments from Hanako, Emily, other alumni and HR. Alumni posting stays off (the default).
 */
export async function seedFeed(tx: Tx, tenantId: string, alumni: { membershipId: string }[]): Promise<void> {
  const named = await tx.membership.findMany({
    where: { tenantId, user: { email: { in: ["hanako@demo.kizuna.test", "emily@demo.kizuna.test", "hr@demo.kizuna.test", "owner@demo.kizuna.test"] } } },
    select: { id: true, user: { select: { email: true } } },
  });
  const idOf = (who: Who) => (typeof who === "number" ? alumni[who * 5 + 3]?.membershipId : named.find((m) => m.user.email.startsWith(`${who}@`))?.id);
  const now = Date.now();
  for (const spec of POSTS) {
    const authorId = idOf(spec.by);
    if (!authorId) {
      continue;
    }
    const createdAt = new Date(now - spec.daysAgo * DAY);
    const post = await tx.feedPost.create({ data: { tenantId, authorId, fromStaff: true, body: spec.body, createdAt, pinnedAt: spec.pinned ? createdAt : null } });
    if (spec.picture) {
      const [from, to] = spec.picture;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/><circle cx="300" cy="420" r="180" fill="#fff" fill-opacity="0.15"/><circle cx="860" cy="220" r="240" fill="#fff" fill-opacity="0.12"/></svg>`;
      await tx.feedImage.create({ data: { tenantId, postId: post.id, ...(await resizeFeedImage(Buffer.from(svg))) } });
    }
    const reactions = spec.reactions.flatMap(([who, kind]) => {
      const membershipId = idOf(who);
      return membershipId ? [{ tenantId, postId: post.id, membershipId, kind, createdAt: new Date(createdAt.getTime() + HOUR) }] : [];
    });
    await tx.feedReaction.createMany({ data: reactions, skipDuplicates: true });
    const comments = spec.comments.flatMap((c) => {
      const commenter = idOf(c.by);
      return commenter ? [{ tenantId, postId: post.id, authorId: commenter, body: c.body, createdAt: new Date(createdAt.getTime() + c.hoursAfter * HOUR) }] : [];
    });
    await tx.feedComment.createMany({ data: comments });
  }
}
