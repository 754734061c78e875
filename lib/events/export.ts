import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { answersOf, questionsOf } from "./questions";

type Translate = (key: string) => string;

/**
 * The attendee list as CSV rows (header first): everyone holding a seat, then the waiting line, with guests,
 * answers to each question and attendance. Times in the event's timezone. Null: no such event here.
 */
export async function attendeeRows(context: TenantContext, eventId: string, t: Translate, tStatus: Translate): Promise<{ title: string; rows: string[][] } | null> {
  const tenantId = context.tenant.id;
  const event = await db.event.findUnique({ where: { tenantId_id: { tenantId, id: eventId } }, select: { title: true, questions: true, timezone: true } });
  if (!event) {
    return null;
  }
  const questions = questionsOf(event.questions);
  const registrations = await db.eventRegistration.findMany({
    where: { tenantId, eventId, status: { in: ["GOING", "WAITLISTED"] } },
    orderBy: [{ status: "asc" }, { waitlistedAt: "asc" }, { respondedAt: "asc" }],
    select: {
      status: true, guests: true, answers: true, respondedAt: true, attendedAt: true,
      membership: { select: { user: { select: { name: true, email: true } }, profile: { select: { displayName: true, nameKana: true } } } },
    },
  });
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone: event.timezone, dateStyle: "short", timeStyle: "short" });
  const header = [t("name"), t("kana"), t("email"), t("status"), t("guests"), t("respondedAt"), t("attended"), ...questions.map((q) => q.label)];
  const rows = registrations.map((r) => {
    const answers = answersOf(r.answers);
    return [
      r.membership.profile?.displayName ?? r.membership.user.name ?? "",
      r.membership.profile?.nameKana ?? "",
      r.membership.user.email,
      tStatus(r.status),
      String(r.guests),
      time.format(r.respondedAt),
      r.attendedAt ? t("yes") : t("no"),
      ...questions.map((q) => answers[q.id] ?? ""),
    ];
  });
  return { title: event.title, rows: [header, ...rows] };
}
