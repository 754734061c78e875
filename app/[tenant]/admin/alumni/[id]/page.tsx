import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProfileDetails } from "@/components/alumni/profile-details";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { AuditDetails } from "@/components/members/audit-details";
import { MemberActions } from "@/components/members/member-actions";
import { StateBadge } from "@/components/members/state-badge";
import { Card } from "@/components/ui/card";
import type { AlumniState } from "@/lib/members/filters";
import { getMember } from "@/lib/members/member";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, id } = await params;
  const member = await getMember(await requireTenantPage(tenant, "alumni.read"), id);
  return { title: member?.profile?.displayName ?? member?.user.name ?? (await getTranslations("alumniAdmin"))(member ? "formerMember" : "title") };
}

export default async function MemberPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "alumni.read");
  const member = await getMember(context, id);
  if (!member) {
    notFound();
  }
  const [t, ta, format] = await Promise.all([getTranslations("alumniAdmin"), getTranslations("audit"), getFormatter()]);
  const name = member.profile?.displayName ?? member.user.name ?? member.user.email ?? t("formerMember");
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Link href={`/${tenant}/admin/alumni`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{name}</h1>
        <StateBadge state={member.status.toLowerCase() as AlumniState} />
      </div>
      <Card>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-stone-600">{t("columns.email")}</dt>
          <dd>{member.user.email ?? "—"}</dd>
          <dt className="text-stone-600">{t("columns.registeredAt")}</dt>
          <dd>{when(member.createdAt)}</dd>
          <dt className="text-stone-600">{t("rosterEntry")}</dt>
          <dd>
            {member.rosterEntry ? (
              <Link href={`/${tenant}/admin/roster/entries/${member.rosterEntry.id}`} className="text-brand-800 underline">
                {member.rosterEntry.name}{member.rosterEntry.employeeNumber ? ` (${member.rosterEntry.employeeNumber})` : ""}
              </Link>
            ) : (
              t("noRosterEntry")
            )}
          </dd>
        </dl>
      </Card>
      {member.profile ? (
        <Card>
          <h2 className="mb-2 font-semibold">{t("profile")}</h2>
          <p className="mb-3 text-xs text-stone-600">{t("profileNote")}</p>
          <ProfileDetails profile={member.profile} photoUrl={photoUrlOf(tenant, member.profile)} withHeading={false} />
        </Card>
      ) : null}
      {context.permissions.has("alumni.manage") && member.status !== "LEFT" && member.status !== "REMOVED" ? (
        <Card>
          <h2 className="mb-2 font-semibold">{t("manage")}</h2>
          <MemberActions tenant={tenant} membershipId={member.id} status={member.status} />
        </Card>
      ) : null}
      <Card>
        <h2 className="font-semibold">{t("history")}</h2>
        <ol className="mt-3 flex flex-col gap-2 text-sm">
          {member.history.map((item, i) => (
            <li key={i} className="flex flex-col border-l-2 border-stone-200 pl-3 sm:flex-row sm:gap-3">
              <time dateTime={item.at.toISOString()} className="shrink-0 tabular-nums text-stone-600">{when(item.at)}</time>
              <span>
                {item.kind === "audit" ? (
                  <>
                    {ta(`actions.${item.action}` as never)} · {item.actorName ?? ta("deletedAccount")}
                    <AuditDetails details={item.details} />
                  </>
                ) : item.kind === "consented" ? (
                  t("historyItems.consented", { version: item.detail ?? "" })
                ) : (
                  t(`historyItems.${item.kind}`)
                )}
              </span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
