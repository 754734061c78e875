import type { NotificationKind } from "@/lib/generated/prisma/enums";

// One small outline icon per kind (feather-style paths), labelled for screen readers by the caller.
const PATHS: Record<NotificationKind, string[]> = {
  DIRECT_MESSAGE: ["M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"],
  COMPANY_REPLY: ["M9 17l-5-5 5-5", "M20 18v-2a4 4 0 0 0-4-4H4"],
  INBOX_MESSAGE: ["M22 12h-6l-2 3h-4l-2-3H2", "M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z"],
  COMMENT: ["M21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 8.38 0 0 1-3.8-.9L3 21l1.9-5.7a8.38 8.38 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.38 8.38 0 0 1 3.8-.9h.5a8.48 8.48 0 0 1 8 8v.5z"],
  MENTION: ["M16 8v5a3 3 0 0 0 6 0v-1a10 10 0 1 0-3.92 7.94", "M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8z"],
  APPROVAL: ["M16 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2", "M8.5 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z", "M20 8v6", "M23 11h-6"],
};

export function KindIcon({ kind, label }: { kind: NotificationKind; label: string }) {
  return (
    <span role="img" aria-label={label} title={label} className="inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-100 text-brand-800">
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className="h-5 w-5">
        {PATHS[kind].map((d) => <path key={d} d={d} />)}
      </svg>
    </span>
  );
}
