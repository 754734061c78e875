import { getTranslations } from "next-intl/server";
import type { GoalStatus } from "@/lib/goals/projection";

const TONES: Record<GoalStatus, string> = {
  achieved: "bg-emerald-100 text-emerald-900",
  onTrack: "bg-sky-100 text-sky-900",
  atRisk: "bg-amber-100 text-amber-950",
  missed: "bg-red-100 text-red-900",
};

/** On track / at risk / achieved / missed, in words and colour. */
export async function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const t = await getTranslations("goals");
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>{t(`status.${status}`)}</span>;
}
