import { getTranslations } from "next-intl/server";

const STYLES = { SUCCEEDED: "bg-emerald-100 text-emerald-800", FAILED: "bg-red-100 text-red-800", PENDING: "bg-amber-100 text-amber-900" } as const;

export async function DeliveryStatus({ status }: { status: keyof typeof STYLES }) {
  const t = await getTranslations("webhooks.deliveries.status");
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>{t(status)}</span>;
}
