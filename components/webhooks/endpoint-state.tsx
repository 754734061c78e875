import { getTranslations } from "next-intl/server";

/** On, off by an admin, or off because its deliveries kept failing. */
export async function EndpointState({ enabled, reason }: { enabled: boolean; reason: string | null }) {
  const t = await getTranslations("webhooks.state");
  const [label, style] = enabled
    ? [t("on"), "bg-emerald-100 text-emerald-800"]
    : [reason === "failures" ? t("offFailures") : t("off"), "bg-stone-200 text-stone-800"];
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${style}`}>{label}</span>;
}
