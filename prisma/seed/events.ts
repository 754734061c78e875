import type { Prisma } from "../../lib/generated/prisma/client";
import { resizeCover } from "../../lib/events/cover";
import { createRandom } from "./random";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
const HOUR = 3_600_000;

// A soft gradient with a few circles: a cover per event without shipping photos.
function coverSvg(from: string, to: string, seed: number): string {
  const random = createRandom(seed);
  const circles = Array.from({ length: 6 }, () => `<circle cx="${random.int(0, 1200)}" cy="${random.int(0, 630)}" r="${random.int(60, 220)}" fill="#ffffff" fill-opacity="${(random.int(8, 25) / 100).toFixed(2)}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="1200" height="630" fill="url(#g)"/>${circles.join("")}</svg>`;
}

/** 19:00 in Tokyo, `days` from today. */
function tokyoEvening(days: number, hour = 19): Date {
  const now = new Date();
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY;
  return new Date(day + (hour - 9) * HOUR);
}

type Spec = {
  title: string;
  description: string;
  format: "ONLINE" | "VENUE";
  venueName?: string;
  venueAddress?: string;
  joinUrl?: string;
  startsInDays: number;
  hour?: number;
  hours: number;
  capacity: number | null;
  maxGuests: number;
  questions: { id: string; label: string; required: boolean }[];
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  going: number;
  waiting: number;
  attendedShare?: number;
  cover: [string, string];
};

const SPECS: Spec[] = [
  {
    title: "2026 夏のアルムナイ交流会",
    description: "本社ラウンジでの夏の交流会です。\n\n- 18:30 受付開始\n- 19:00 乾杯・近況共有\n- 20:30 閉会\n\n軽食とお飲み物をご用意します。",
    format: "VENUE", venueName: "かなでテクノロジーズ本社 20F ラウンジ", venueAddress: "東京都渋谷区道玄坂1-12-1", startsInDays: -95, hours: 2,
    capacity: 40, maxGuests: 0, questions: [], status: "PUBLISHED", going: 36, waiting: 0, attendedShare: 0.8, cover: ["#f59e0b", "#b45309"],
  },
  {
    title: "Webinar: Working across borders — alumni in global teams",
    description: "Three alumni who now work abroad talk about building a career across countries, followed by Q&A.\n\n**Language:** English (Japanese Q&A welcome).",
    format: "ONLINE", joinUrl: "https://zoom.example.com/j/81234567890", startsInDays: -30, hour: 12, hours: 1,
    capacity: null, maxGuests: 0, questions: [], status: "PUBLISHED", going: 48, waiting: 0, attendedShare: 0.65, cover: ["#2563eb", "#1e3a8a"],
  },
  {
    title: "年末アルムナイ交流会 2026",
    description: "一年の締めくくりに、アルムナイと現役社員が集まる交流会を開きます。\n\n## プログラム\n1. 代表挨拶（大野）\n2. 近況ライトニングトーク（希望者）\n3. 懇親会\n\nご家族・ご友人の同伴は1名まで可能です。",
    format: "VENUE", venueName: "渋谷ストリームホール", venueAddress: "東京都渋谷区渋谷3-21-3", startsInDays: 12, hours: 2.5,
    capacity: 30, maxGuests: 1, questions: [{ id: "q1", label: "食事の制限（アレルギーなど）", required: false }, { id: "q2", label: "ライトニングトークで話したいテーマ", required: false }],
    status: "PUBLISHED", going: 26, waiting: 4, cover: ["#dc2626", "#7c2d12"],
  },
  {
    title: "キャリア説明会：かなでに戻るという選択 / Coming back to Kanade",
    description: "再入社（カムバック採用）の制度と、実際に戻ってきた社員の話をお届けします。\n\nWe'll explain the comeback hiring programme; sessions in Japanese with English slides.",
    format: "ONLINE", joinUrl: "https://meet.example.com/kanade-comeback", startsInDays: 21, hour: 12, hours: 1,
    capacity: 100, maxGuests: 0, questions: [{ id: "q1", label: "興味のある職種 / Roles you are interested in", required: true }],
    status: "PUBLISHED", going: 18, waiting: 0, cover: ["#059669", "#064e3b"],
  },
  {
    title: "高尾山ハイキング部 秋の山行",
    description: "雨天の予報のため中止となりました。春にあらためて企画します。",
    format: "VENUE", venueName: "京王線 高尾山口駅 改札前", venueAddress: "東京都八王子市高尾町2241", startsInDays: 5, hour: 9, hours: 6,
    capacity: 20, maxGuests: 2, questions: [], status: "CANCELLED", going: 0, waiting: 0, cover: ["#65a30d", "#365314"],
  },
  {
    title: "新年会 2027（準備中）",
    description: "日程と会場を調整中です。",
    format: "VENUE", venueName: "未定", venueAddress: "東京都渋谷区", startsInDays: 45, hours: 2,
    capacity: 50, maxGuests: 0, questions: [], status: "DRAFT", going: 0, waiting: 0, cover: ["#7c3aed", "#4c1d95"],
  },
];

/**
 * The demo company's events: two past ones with attendance, an upcoming meetup that is full with a waiting line,
 * an online session with a required question, a cancelled one and a draft. Emily holds a seat at the meetup;
 * Hanako has answered nothing, so there is something to try.
 */
export async function seedEvents(tx: Tx, tenantId: string, staffMembershipId: string, alumni: { membershipId: string; displayName: string }[], emilyMembershipId: string | null): Promise<void> {
  const random = createRandom(20261129);
  for (const [index, spec] of SPECS.entries()) {
    const startsAt = tokyoEvening(spec.startsInDays, spec.hour);
    const endsAt = new Date(startsAt.getTime() + spec.hours * HOUR);
    const event = await tx.event.create({
      data: {
        tenantId,
        title: spec.title,
        description: spec.description,
        format: spec.format,
        venueName: spec.venueName ?? null,
        venueAddress: spec.venueAddress ?? null,
        joinUrl: spec.joinUrl ?? null,
        startsAt,
        endsAt,
        registrationDeadline: spec.startsInDays > 0 && spec.format === "VENUE" ? new Date(startsAt.getTime() - 2 * DAY) : null,
        capacity: spec.capacity,
        maxGuests: spec.maxGuests,
        questions: spec.questions,
        status: spec.status,
        publishedAt: spec.status === "DRAFT" ? null : new Date(startsAt.getTime() - 30 * DAY),
        cancelledAt: spec.status === "CANCELLED" ? new Date(Date.now() - 2 * DAY) : null,
        createdById: staffMembershipId,
        createdAt: new Date(startsAt.getTime() - 35 * DAY),
      },
    });
    await tx.eventCover.create({ data: { tenantId, eventId: event.id, ...(await resizeCover(Buffer.from(coverSvg(spec.cover[0], spec.cover[1], index)))) } });

    const size = Math.round((spec.going + spec.waiting) * 1.4) + 4;
    const pool = random.pickSome(alumni, size, size);
    // Answers come in over the weeks before the event; the earliest get the seats, later ones wait.
    const answered = pool
      .map((person) => ({ person, respondedAt: new Date(startsAt.getTime() - random.int(3 * 24 * 60, 25 * 24 * 60) * 60_000) }))
      .sort((x, y) => x.respondedAt.getTime() - y.respondedAt.getTime());
    if (index === 2 && emilyMembershipId) {
      answered.unshift({ person: { membershipId: emilyMembershipId, displayName: "Emily Carter" }, respondedAt: new Date(startsAt.getTime() - 26 * DAY) });
    }
    const rows: Prisma.EventRegistrationCreateManyInput[] = [];
    let seats = 0;
    for (const { person, respondedAt } of answered) {
      const guests = spec.maxGuests && random.chance(0.2) ? 1 : 0;
      const answers = spec.questions.some((q) => q.id === "q1") ? { q1: random.pick(spec.questions[0]!.required ? ["エンジニア / Engineering", "プロダクトマネージャー", "Sales", "デザイン"] : ["なし", "なし", "ベジタリアン", "甲殻類アレルギー"]) } : {};
      const declines = random.chance(0.2);
      if (!declines && seats < spec.going && (spec.capacity === null || seats + 1 + guests <= spec.capacity)) {
        seats += 1 + guests;
        const attended = spec.attendedShare !== undefined && random.chance(spec.attendedShare);
        rows.push({ tenantId, eventId: event.id, membershipId: person.membershipId, status: "GOING", guests, answers, respondedAt, attendedAt: attended ? new Date(startsAt.getTime() - random.int(0, 20) * 60_000) : null, reminderSentAt: spec.startsInDays < 0 ? new Date(startsAt.getTime() - DAY) : null });
      } else if (!declines && seats >= spec.going && rows.filter((r) => r.status === "WAITLISTED").length < spec.waiting) {
        rows.push({ tenantId, eventId: event.id, membershipId: person.membershipId, status: "WAITLISTED", guests: 0, answers, respondedAt, waitlistedAt: respondedAt });
      } else if (spec.going > 0) {
        rows.push({ tenantId, eventId: event.id, membershipId: person.membershipId, status: "NOT_GOING", respondedAt });
      }
    }
    // A full event: its capacity is taken exactly, so the waiting line is real.
    if (spec.waiting && spec.capacity !== null) {
      await tx.event.update({ where: { id: event.id }, data: { capacity: seats } });
    }
    await tx.eventRegistration.createMany({ data: rows });
  }
}
