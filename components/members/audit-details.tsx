import { getFormatter, getTranslations } from "next-intl/server";

/** The facts an audit event carries (status change, reason, scheduled time), in words. */
export async function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  const parts: string[] = [];
  if (typeof details.scheduledFor === "string") {
    parts.push(t("details.scheduledFor", { date: format.dateTime(new Date(details.scheduledFor), { dateStyle: "medium", timeStyle: "short" }) }));
  }
  if (typeof details.reason === "string" && details.reason) {
    parts.push(t("details.reason", { reason: details.reason }));
  }
  return parts.length ? <span className="block text-xs text-stone-600">{parts.join(" · ")}</span> : null;
}
