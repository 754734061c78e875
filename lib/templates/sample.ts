import "server-only";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/messages";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { TemplateKey } from "./catalog";
import type { PlaceholderValues } from "./fill";

type TenantFacts = { slug: string; name: string; nameEn: string | null; timezone: string };

export function appBaseUrl(): string {
  return env().AUTH_URL ?? "http://localhost:3000";
}

/** The company's self-registration link: what a leaver gets on their last day. */
export function joinLinkOf(slug: string): string {
  return `${appBaseUrl()}/${slug}/join`;
}

/** Values for the editor's preview, in the template's language: the company's real name and links, a sample person. */
export function sampleValues(tenant: TenantFacts, locale: AppLocale, key: TemplateKey, now = new Date()): PlaceholderValues {
  const t = translatorFor(locale, "templates");
  const inTwoWeeks = new Date(now.getTime() + 14 * 86_400_000);
  return {
    company: tenantDisplayName(tenant, locale),
    name: t("sample.name"),
    // Where the link of each template leads: the portal for a new member, the events for an invitation to one.
    link: key === "welcome" ? `${appBaseUrl()}/${tenant.slug}` : key === "eventInvitation" ? `${appBaseUrl()}/${tenant.slug}/events` : joinLinkOf(tenant.slug),
    event: t("sample.event"),
    date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: tenant.timezone }).format(inTwoWeeks),
  };
}
