import type { Prisma } from "../../lib/generated/prisma/client";
import { createRandom } from "./random";

type Tx = Prisma.TransactionClient;
type Stage = "NEW" | "CONTACTED" | "INTERVIEWING" | "OFFERED" | "HIRED" | "CLOSED";

const DAY = 86_400_000;
const ORDER: Stage[] = ["NEW", "CONTACTED", "INTERVIEWING", "OFFERED", "HIRED"];

type PostingSpec = {
  key: string;
  kind: "JOB" | "CONTRACT" | "COLLABORATION";
  title: string;
  description: string;
  department?: string;
  location?: string;
  remote: boolean;
  terms?: string;
  contactPerson: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  openedDaysAgo: number;
  closesInDays?: number;
  forSegment?: boolean;
};

const POSTINGS: PostingSpec[] = [
  {
    key: "backend", kind: "JOB", title: "バックエンドエンジニア（再入社・正社員）",
    description: "決済基盤チームで、Go と PostgreSQL を使ったサービス開発をお任せします。\n\n## こんな方を歓迎します\n- 在籍時に開発部でプロダクト開発に関わった方\n- 退職後に他社でスケールする仕組みづくりを経験した方\n\n再入社の方は在籍時の評価を引き継ぎ、試用期間はありません。",
    department: "開発部", location: "東京都渋谷区（本社）", remote: true, terms: "正社員 / 年収 750万〜1,100万円 / フレックス（コアタイムなし）", contactPerson: "人事部 平野 美穂",
    status: "OPEN", openedDaysAgo: 40, closesInDays: 45,
  },
  {
    key: "data", kind: "CONTRACT", title: "データ基盤の業務委託（週2〜3日）",
    description: "社内データ基盤（BigQuery / dbt）の整備を、業務委託でお手伝いいただける方を探しています。\n\n- 稼働：週2〜3日、平日日中\n- 期間：3か月〜（更新あり）\n- フルリモート可",
    department: "情報システム部", location: "東京都渋谷区", remote: true, terms: "業務委託 / 時給 7,000〜9,000円 / 3か月〜", contactPerson: "情報システム部 田村",
    status: "OPEN", openedDaysAgo: 21, closesInDays: 30,
  },
  {
    key: "partner", kind: "COLLABORATION", title: "Partner call: AI solutions for our retail clients",
    description: "We are looking for alumni-founded companies and independent consultants to co-deliver AI projects for our retail clients.\n\n**What we offer:** joint proposals, a referral fee, access to our solution team.",
    location: "Tokyo / Osaka", remote: true, terms: "Revenue share or referral fee, per project", contactPerson: "Business Development, Ono Seiichi",
    status: "OPEN", openedDaysAgo: 14,
  },
  {
    key: "cs", kind: "JOB", title: "カスタマーサクセス マネージャー（大阪）",
    description: "関西の主要顧客を担当するチームのマネージャーを募集します。在籍時の顧客理解を活かしていただけます。",
    department: "カスタマーサクセス部", location: "大阪府大阪市", remote: false, terms: "正社員 / 年収 650万〜850万円 / ハイブリッド勤務（週2日出社）", contactPerson: "人事部 平野 美穂",
    status: "OPEN", openedDaysAgo: 9, closesInDays: 60,
  },
  {
    key: "advisor", kind: "COLLABORATION", title: "開発部OB・OG向け：技術顧問のご相談",
    description: "新規事業の技術選定について、月1〜2回ご相談できる技術顧問を探しています。開発部のOB・OGで、再入社に関心のある方にお声がけしています。",
    department: "経営企画部", remote: true, terms: "顧問契約 / 月額固定", contactPerson: "経営企画部 大野",
    status: "OPEN", openedDaysAgo: 5, forSegment: true,
  },
  {
    key: "pr", kind: "CONTRACT", title: "採用広報の記事制作（業務委託）",
    description: "採用サイトのインタビュー記事（月4本）の取材・執筆をお願いしました。募集は終了しています。",
    department: "人事部", remote: true, terms: "業務委託 / 1記事 5万円", contactPerson: "人事部 平野 美穂",
    status: "CLOSED", openedDaysAgo: 200,
  },
  {
    key: "pm", kind: "JOB", title: "プロダクトマネージャー（再入社）",
    description: "（下書き）募集要項を準備中です。",
    department: "開発部", location: "東京都渋谷区", remote: true, contactPerson: "人事部 平野 美穂",
    status: "DRAFT", openedDaysAgo: 0,
  },
];

// Interests: [posting key or general kind, stage, days since created, days since last touched].
const INTERESTS: [string, Stage, number, number][] = [
  ["backend", "NEW", 3, 3], ["backend", "NEW", 12, 12], ["backend", "CONTACTED", 20, 4], ["backend", "INTERVIEWING", 30, 2],
  ["backend", "OFFERED", 35, 9], ["backend", "CLOSED", 38, 15], ["data", "NEW", 2, 2], ["data", "CONTACTED", 15, 11],
  ["data", "INTERVIEWING", 18, 1], ["partner", "NEW", 6, 6], ["partner", "CONTACTED", 10, 3], ["cs", "NEW", 4, 4],
  ["cs", "NEW", 8, 8], ["advisor", "NEW", 1, 1], ["CASUAL_CHAT", "NEW", 5, 5], ["CASUAL_CHAT", "CONTACTED", 16, 10],
  ["CASUAL_CHAT", "NEW", 9, 9], ["OPEN_TO_RETURN", "NEW", 25, 25], ["OPEN_TO_RETURN", "CONTACTED", 40, 6],
];

// Past boomerang hires: [posting key or general kind, return date, days from first interest to return].
const HIRES: [string, string, number][] = [
  ["pr", "2026-07-01", 45],
  ["OPEN_TO_RETURN", "2026-04-01", 120],
  ["CASUAL_CHAT", "2025-10-01", 90],
];

const SHARED: Partial<Record<Stage, string>> = {
  CONTACTED: "担当者から日程調整のご連絡をしています。",
  INTERVIEWING: "面談の日程が決まりました。当日を楽しみにしています。",
  OFFERED: "条件をお送りしました。ご不明な点はいつでもご相談ください。",
  HIRED: "おかえりなさい！入社日にお会いできるのを楽しみにしています。",
  CLOSED: "今回はご縁がありませんでしたが、またの機会にぜひ。",
};

/**
 * The demo company's re-hire program: postings of every kind (one for a saved segment, one closed, one draft),
 * interests at every stage (a few untouched for over a week), casual-chat requests, open-to-return signals,
 * referrals waiting for HR, and past boomerang hires with their return dates. Hanako has an interest HR is
 * following up; Emily has one in the English collaboration call and a pending referral.
 */
export async function seedOpportunities(tx: Tx, tenantId: string, staffMembershipId: string, alumni: { membershipId: string }[]): Promise<void> {
  const random = createRandom(20261208);
  const now = Date.now();
  const segment = await tx.segment.findFirst({ where: { tenantId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const postingIds = new Map<string, string>();
  for (const spec of POSTINGS) {
    const openedAt = new Date(now - spec.openedDaysAgo * DAY);
    const posting = await tx.posting.create({
      data: {
        tenantId, kind: spec.kind, title: spec.title, description: spec.description, department: spec.department ?? null, location: spec.location ?? null,
        remote: spec.remote, terms: spec.terms ?? null, contactPerson: spec.contactPerson, status: spec.status,
        segmentId: spec.forSegment ? (segment?.id ?? null) : null,
        openedAt: spec.status === "DRAFT" ? null : openedAt,
        closedAt: spec.status === "CLOSED" ? new Date(now - 60 * DAY) : null,
        closesAt: spec.closesInDays ? new Date(now + spec.closesInDays * DAY) : null,
        createdById: staffMembershipId, createdAt: new Date(openedAt.getTime() - 2 * DAY),
      },
    });
    postingIds.set(spec.key, posting.id);
  }

  const named = await tx.membership.findMany({ where: { tenantId, user: { email: { in: ["hanako@demo.kizuna.test", "emily@demo.kizuna.test"] } } }, select: { id: true, user: { select: { email: true } } } });
  const hanako = named.find((m) => m.user.email.startsWith("hanako"))?.id;
  const emily = named.find((m) => m.user.email.startsWith("emily"))?.id;
  const people = random.pickSome(alumni, INTERESTS.length + HIRES.length + 4, INTERESTS.length + HIRES.length + 4);
  let next = 0;

  const create = async (membershipId: string, what: string, stage: Stage, createdAt: Date, lastActivityAt: Date, hiredAt: Date | null) => {
    const general = what === "CASUAL_CHAT" || what === "OPEN_TO_RETURN";
    const interest = await tx.interest.create({
      data: {
        tenantId, membershipId, kind: general ? (what as "CASUAL_CHAT" | "OPEN_TO_RETURN") : "POSTING", postingId: general ? null : postingIds.get(what)!,
        note: random.chance(0.6) ? random.pick(["来春以降であれば参加できます。", "週2日程度なら稼働できます。", "Happy to talk — I am in Tokyo most weeks.", "在籍時のチームの今の様子も伺いたいです。", "まずは情報交換からお願いします。"]) : null,
        stage, closedReason: stage === "CLOSED" ? "条件（勤務地）が合わず、今回は見送り" : null, hiredAt,
        ownerId: stage === "NEW" ? null : staffMembershipId, sharedStatus: SHARED[stage] ?? null, lastActivityAt, createdAt,
      },
    });
    // The history: created, then one move per stage on the way, spread between creation and the last touch.
    const path = stage === "CLOSED" ? ["NEW", "CONTACTED", "CLOSED"] : ORDER.slice(0, ORDER.indexOf(stage) + 1);
    const step = (lastActivityAt.getTime() - createdAt.getTime()) / Math.max(1, path.length - 1);
    await tx.interestEvent.createMany({
      data: path.map((to, i) => ({
        tenantId, interestId: interest.id, action: i === 0 ? ("CREATED" as const) : ("MOVED" as const), fromStage: i === 0 ? null : (path[i - 1] as Stage), toStage: to as Stage,
        note: i === 0 ? null : to === "CLOSED" ? "条件（勤務地）が合わず、今回は見送り" : random.pick(["電話で近況を伺いました。", "部門長との面談を設定。", "条件面をすり合わせ中。", null]),
        actorId: i === 0 ? membershipId : staffMembershipId, createdAt: new Date(createdAt.getTime() + i * step),
      })),
    });
  };

  for (const [what, stage, createdDaysAgo, touchedDaysAgo] of INTERESTS) {
    await create(people[next++]!.membershipId, what, stage, new Date(now - createdDaysAgo * DAY), new Date(now - touchedDaysAgo * DAY), null);
  }
  for (const [what, returnDate, daysBefore] of HIRES) {
    const hiredAt = new Date(`${returnDate}T00:00:00Z`);
    await create(people[next++]!.membershipId, what, "HIRED", new Date(hiredAt.getTime() - daysBefore * DAY), new Date(hiredAt.getTime() - 14 * DAY), hiredAt);
  }
  if (hanako) {
    await create(hanako, "data", "CONTACTED", new Date(now - 6 * DAY), new Date(now - 2 * DAY), null);
  }
  if (emily) {
    await create(emily, "partner", "NEW", new Date(now - 1 * DAY), new Date(now - 1 * DAY), null);
  }

  const referrers = people.slice(next);
  const referrals: Omit<Prisma.ReferralCreateManyInput, "tenantId">[] = [
    { postingId: postingIds.get("backend")!, referrerId: referrers[0]!.membershipId, name: "中村 拓也", email: "takuya.nakamura@example.com", note: "前職の同僚で、決済まわりに詳しいです。", status: "PENDING", createdAt: new Date(now - 2 * DAY) },
    { postingId: postingIds.get("data")!, referrerId: emily ?? referrers[1]!.membershipId, name: "Daniel Brooks", email: "daniel.brooks@example.com", note: "A data engineer I worked with in Singapore; open to contract work.", status: "PENDING", createdAt: new Date(now - 1 * DAY) },
    { postingId: postingIds.get("cs")!, referrerId: referrers[2]!.membershipId, name: "山本 彩", email: "aya.yamamoto@example.com", note: null, status: "ACCEPTED", decidedAt: new Date(now - 3 * DAY), decidedById: staffMembershipId, createdAt: new Date(now - 6 * DAY) },
    { postingId: postingIds.get("pr")!, referrerId: referrers[3]!.membershipId, name: "小林 翔", email: "sho.kobayashi@example.com", note: "ライター経験があります。", status: "DECLINED", decidedAt: new Date(now - 100 * DAY), decidedById: staffMembershipId, createdAt: new Date(now - 110 * DAY) },
  ];
  await tx.referral.createMany({ data: referrals.map((r) => ({ ...r, tenantId })) });
}
