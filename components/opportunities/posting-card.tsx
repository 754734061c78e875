import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { KindBadge } from "./posting-badges";

type Props = {
  tenant: string;
  timeZone: string;
  posting: { id: string; kind: "JOB" | "CONTRACT" | "COLLABORATION"; title: string; department: string | null; location: string | null; remote: boolean; status: string; closesAt: Date | null; interestId: string | null };
};

/** A posting in the alumni's list: kind, title, where, until when, and whether they said they are interested. */
export async function PostingCard({ tenant, timeZone, posting }: Props) {
  const [t, format] = await Promise.all([getTranslations("opportunities.portal"), getFormatter()]);
  const where = [posting.department, posting.location, posting.remote ? t("remote") : null].filter(Boolean).join(" · ");
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <KindBadge kind={posting.kind} />
        {posting.status === "CLOSED" ? <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-800">{t("closed")}</span> : null}
        {posting.interestId ? <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">{t("youAreInterested")}</span> : null}
      </div>
      <h2 className="mt-2 text-lg font-semibold">
        <Link href={`/${tenant}/opportunities/${posting.id}`} className="text-brand-800 underline">{posting.title}</Link>
      </h2>
      {where ? <p className="text-sm text-stone-700">{where}</p> : null}
      {posting.closesAt && posting.status === "OPEN" ? <p className="text-sm text-stone-600">{t("closesOn", { date: format.dateTime(posting.closesAt, { dateStyle: "medium", timeZone }) })}</p> : null}
    </li>
  );
}
