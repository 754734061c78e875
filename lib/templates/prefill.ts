import "server-only";
import { db } from "@/lib/db";
import { formatEventRange } from "@/lib/events/format";
import { isLocale, LOCALES, type AppLocale } from "@/lib/i18n/config";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { TenantContext, TenantSummary } from "@/lib/tenancy/resolve";
import { fillTemplate } from "./fill";
import { appBaseUrl } from "./sample";
import { resolveTemplate } from "./store";
import { parseSurveyTemplate } from "./survey-template";

/** The languages to offer "start from template" in: the company's own first. */
export function templateLocales(tenant: Pick<TenantSummary, "defaultLocale">): AppLocale[] {
  const first: AppLocale = isLocale(tenant.defaultLocale) ? tenant.defaultLocale : "ja";
  return [first, ...LOCALES.filter((l) => l !== first)];
}

/** `?template=ja|en` on a "new" page: the language asked for, or nothing (a blank form). */
export function templateLocaleParam(value: string | string[] | undefined): AppLocale | null {
  return typeof value === "string" && isLocale(value) ? value : null;
}

/** A new survey's starting values from the company's survey template (questions as the builder holds them). */
export async function surveyFromTemplate(tenant: TenantSummary, locale: AppLocale) {
  const template = await resolveTemplate(tenant.id, "survey", locale);
  const company = tenantDisplayName(tenant, locale);
  const draft = parseSurveyTemplate(fillTemplate(template.body, { company }, "survey"));
  return {
    title: fillTemplate(template.subject, { company }, "plain").slice(0, 120),
    intro: draft.intro.slice(0, 2000) || null,
    anonymous: false,
    segmentId: null,
    questions: draft.questions.slice(0, 10).map((q) => ({ ...q, required: q.kind === "NPS" || q.kind === "SINGLE" })),
  };
}

/** A new posting's title and description from the company's job posting template. */
export async function postingFromTemplate(tenant: TenantSummary, locale: AppLocale) {
  const template = await resolveTemplate(tenant.id, "jobPosting", locale);
  const company = tenantDisplayName(tenant, locale);
  return { title: fillTemplate(template.subject, { company }, "plain").slice(0, 200), description: fillTemplate(template.body, { company }, "markdown") };
}

/**
 * An announcement draft inviting alumni to an event, in both languages (each recipient gets theirs), from the
 * company's event invitation template. Null when the company has no such event.
 */
export async function eventInvitationDraft(context: TenantContext, eventId: string) {
  const event = await db.event.findUnique({
    where: { tenantId_id: { tenantId: context.tenant.id, id: eventId } },
    select: { id: true, title: true, startsAt: true, endsAt: true, timezone: true, segmentId: true },
  });
  if (!event) {
    return null;
  }
  const link = `${appBaseUrl()}/${context.tenant.slug}/events/${event.id}`;
  const [ja, en] = await Promise.all(
    LOCALES.map(async (locale) => {
      const template = await resolveTemplate(context.tenant.id, "eventInvitation", locale);
      const values = { company: tenantDisplayName(context.tenant, locale), event: event.title, date: formatEventRange(event.startsAt, event.endsAt, event.timezone, locale), link };
      return { subject: fillTemplate(template.subject, values, "plain").slice(0, 200), body: fillTemplate(template.body, values, "markdown") };
    }),
  );
  return { segmentId: event.segmentId, ja: ja!, en: en! };
}
