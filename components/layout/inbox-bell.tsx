import Link from "next/link";

type Props = { href: string; count: number; label: string; tone?: "light" | "dark" };

/** The bell in a portal's header: unread notifications at a glance, linking to where they are read (decisions/024). */
export function InboxBell({ href, count, label, tone = "light" }: Props) {
  const colors = tone === "dark" ? "text-white hover:bg-stone-700" : "text-stone-700 hover:bg-stone-200";
  return (
    <Link href={href} aria-label={label} title={label} className={`relative inline-flex h-8 w-8 items-center justify-center rounded ${colors}`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className="h-5 w-5">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {count ? (
        <span data-testid="bell-count" className="absolute -top-1 -right-1 min-w-[1.25rem] rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-bold text-white">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
