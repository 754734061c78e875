import Link from "next/link";
import { Avatar } from "./avatar";

type Person = {
  id: string;
  displayName: string;
  department?: string | null;
  joinedOn?: Date | null;
  leftOn?: Date | null;
  currentCompany?: string | null;
  currentTitle?: string | null;
};

/** One alumnus in a list: name, then only what they let other alumni see. */
export function PersonCard({ person, href, tenure, photoUrl }: { person: Person; href: string; tenure: string | null; photoUrl: string | null }) {
  const current = [person.currentTitle, person.currentCompany].filter(Boolean).join(" · ");
  return (
    <Link href={href} className="flex items-start gap-3 rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700">
      <Avatar name={person.displayName} src={photoUrl} size="sm" decorative />
      <div className="min-w-0">
        <p className="font-semibold text-stone-900">{person.displayName}</p>
        {current ? <p className="mt-1 text-sm text-stone-700">{current}</p> : null}
        {person.department || tenure ? (
          <p className="mt-1 text-xs text-stone-500">{[person.department, tenure].filter(Boolean).join(" · ")}</p>
        ) : null}
      </div>
    </Link>
  );
}
