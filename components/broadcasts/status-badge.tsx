import type { BroadcastStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<BroadcastStatus, string> = {
  DRAFT: "bg-stone-200 text-stone-800",
  SCHEDULED: "bg-sky-100 text-sky-900",
  SENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-emerald-100 text-emerald-900",
  CANCELLED: "bg-stone-100 text-stone-600",
  FAILED: "bg-red-100 text-red-900",
};

export function BroadcastStatusBadge({ status, label }: { status: BroadcastStatus; label: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONE[status]}`}>{label}</span>;
}
