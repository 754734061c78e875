import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { invitationState } from "@/lib/invitations/state";
import { BounceNotice } from "@/components/invitations/bounce-notice";
import { InvitationActions } from "@/components/invitations/invitation-actions";
import { SuppressionNotice } from "@/components/invitations/suppression-notice";
import { DeleteEntryButton } from "@/components/roster/delete-entry-button";
import { RosterEntryForm } from "@/components/roster/roster-entry-form";
import { Card } from "@/components/ui/card";
import { suppressionOf } from "@/lib/email/suppressions";
import { getRosterEntry } from "@/lib/roster/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function RosterEntryPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "roster.manage");
  const entry = await getRosterEntry(context, id);
  if (!entry) {
    notFound();
  }
  const [t, ti, format, suppression] = await Promise.all([
    getTranslations("roster"),
    getTranslations("invitations"),
    getFormatter(),
    entry.email ? suppressionOf(entry.email) : null,
  ]);
  const latest = entry.invitations[0] ?? null;
  const state = invitationState(entry, latest);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const tags = Object.entries((entry.tags ?? {}) as Record<string, string>);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href={`/${tenant}/admin/roster`} className="text-sm text-brand-800 underline">{t("backToRoster")}</Link>
      <h1 className="text-2xl font-bold">{entry.name}</h1>
      <p className="text-sm text-stone-600">{ti(`states.${state}`)}</p>
      {state === "bounced" && latest ? <BounceNotice invitation={latest} currentEmail={entry.email} /> : null}
      {suppression && entry.email ? <SuppressionNotice tenant={tenant} entryId={entry.id} email={entry.email} suppression={suppression} /> : null}
      <Card>
        <RosterEntryForm tenant={tenant} entry={{ ...entry, joinedOn: isoDay(entry.joinedOn), leftOn: isoDay(entry.leftOn) }} />
      </Card>
      <Card>
        <h2 className="font-semibold">{ti("history")}</h2>
        {entry.invitations.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{ti("none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {entry.invitations.map((i) => (
              <li key={i.id}>
                {ti(`statuses.${i.status}`)} ·{" "}
                {i.sentAt ? ti("sentAt", { date: when(i.sentAt) }) : i.scheduledFor && i.status === "PENDING" ? ti("scheduledFor", { date: when(i.scheduledFor) }) : ti("pending")} ·{" "}
                {ti("expiresAt", { date: when(i.expiresAt) })}
              </li>
            ))}
          </ul>
        )}
        {state === "joined" || !entry.email ? null : (
          <div className="mt-4">
            <InvitationActions tenant={tenant} entryId={entry.id} invitationId={latest?.id ?? null} canResend={state === "invited" || state === "expired" || state === "bounced" || state === "scheduled"} scheduled={state === "scheduled"} />
          </div>
        )}
      </Card>
      {tags.length ? (
        <Card>
          <h2 className="font-semibold">{t("tags")}</h2>
          <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-2 text-sm">
            {tags.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-stone-600">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </Card>
      ) : null}
      <DeleteEntryButton tenant={tenant} id={entry.id} name={entry.name} />
    </div>
  );
}
