import { getTranslations } from "next-intl/server";

const STATUS_STYLE = { DRAFT: "bg-stone-200 text-stone-800", OPEN: "bg-emerald-100 text-emerald-800", CLOSED: "bg-red-100 text-red-800" } as const;
const KIND_STYLE = { JOB: "bg-sky-100 text-sky-900", CONTRACT: "bg-amber-100 text-amber-900", COLLABORATION: "bg-violet-100 text-violet-900" } as const;

/** A posting's kind (re-hire, contract, collaboration) as a small label. */
export async function KindBadge({ kind }: { kind: keyof typeof KIND_STYLE }) {
  const t = await getTranslations("opportunities.kind");
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${KIND_STYLE[kind]}`}>{t(kind)}</span>;
}

/** A posting's status as a small label. */
export async function StatusBadge({ status }: { status: keyof typeof STATUS_STYLE }) {
  const t = await getTranslations("opportunities.status");
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}>{t(status)}</span>;
}
