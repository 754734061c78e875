import { getFormatter, getTranslations } from "next-intl/server";

/** The facts an audit event carries (status change, reason, scheduled time), in words. */
export async function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const [t, tc, tr, format] = await Promise.all([getTranslations("audit"), getTranslations("roster.columns"), getTranslations("inbox.direct.report.reasons"), getFormatter()]);
  const parts: string[] = [];
  // An announcement's subject, so the log says which one was sent or scheduled.
  if (typeof details.subject === "string" && details.subject) {
    parts.push(`“${details.subject}”`);
  }
  // A message template the company reworded or reset, by its name and language.
  if (typeof details.template === "string" && typeof details.locale === "string") {
    const tt = await getTranslations("templates");
    const name = tt.has(`names.${details.template}` as never) ? tt(`names.${details.template}` as never) : details.template;
    const language = tt.has(`languages.${details.locale}` as never) ? tt(`languages.${details.locale}` as never) : details.locale;
    parts.push(t("details.template", { template: name, locale: language }));
  }
  // An API key made or revoked, by its name and visible prefix; an HR-system sync through one, by its counts.
  if (typeof details.key === "string" && typeof details.prefix === "string") {
    parts.push(t("details.apiKey", { key: details.key, prefix: details.prefix }));
  }
  if (typeof details.created === "number" && typeof details.updated === "number") {
    parts.push(t("details.apiSync", { key: String(details.via ?? ""), created: details.created, updated: details.updated }));
  }
  if (typeof details.scheduledFor === "string") {
    parts.push(t("details.scheduledFor", { date: format.dateTime(new Date(details.scheduledFor), { dateStyle: "medium", timeStyle: "short" }) }));
  }
  if (Array.isArray(details.fields) && details.fields.length) {
    const names = details.fields.map((f) => (typeof f === "string" && tc.has(f as never) ? tc(f as never) : String(f)));
    parts.push(t("details.fields", { fields: format.list(names) }));
  }
  // A company's own domain, claimed, proved or removed.
  if (typeof details.hostname === "string") {
    parts.push(details.hostname);
  }
  // What a branding save changed (decisions/030), by the settings form's own labels.
  if (Array.isArray(details.brandingFields) && details.brandingFields.length) {
    const tb = await getTranslations("branding.fields");
    const names = details.brandingFields.map((f) => (typeof f === "string" && tb.has(f as never) ? tb(f as never) : String(f)));
    parts.push(t("details.fields", { fields: format.list(names) }));
  }
  // An outgoing webhook endpoint, by its URL.
  if (typeof details.url === "string") {
    parts.push(details.url);
  }
  if (typeof details.email === "string") {
    parts.push(details.email);
  }
  if (typeof details.reason === "string" && details.reason) {
    // A message report's reason is a code (decisions/022): shown in words.
    const reason = typeof details.report === "string" && tr.has(details.reason as never) ? tr(details.reason as never) : details.reason;
    parts.push(t("details.reason", { reason }));
  }
  return parts.length ? <span className="block text-xs text-stone-600">{parts.join(" · ")}</span> : null;
}
