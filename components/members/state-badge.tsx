import { useTranslations } from "next-intl";
import type { AlumniState } from "@/lib/members/filters";

const STYLES: Record<AlumniState | "joined", string> = {
  active: "bg-emerald-100 text-emerald-800",
  joined: "bg-emerald-100 text-emerald-800",
  pending: "bg-amber-100 text-amber-900",
  suspended: "bg-orange-100 text-orange-900",
  left: "bg-stone-200 text-stone-700",
  removed: "bg-stone-200 text-stone-700",
  invited: "bg-sky-100 text-sky-800",
  scheduled: "bg-violet-100 text-violet-800",
  expired: "bg-amber-100 text-amber-900",
  bounced: "bg-red-100 text-red-800",
  notInvited: "bg-stone-100 text-stone-700",
};

/** Where a person stands, in words and a colour: roster states (not invited … bounced) and member states. */
export function StateBadge({ state }: { state: AlumniState | "joined" }) {
  const t = useTranslations("alumniAdmin.states");
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${STYLES[state]}`}>{t(state)}</span>;
}
