import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplicantDecision } from "@/components/join/applicant-decision";
import { Card } from "@/components/ui/card";
import { listApplicants } from "@/lib/join/applicants";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "alumni.manage");
  return { title: (await getTranslations("applicants"))("title") };
}

export default async function ApplicantsPage({ params }: Props) {
  const { tenant } = await params;
  const context = await requireTenantPage(tenant, "alumni.manage");
  const [t, format, applicants] = await Promise.all([getTranslations("applicants"), getFormatter(), listApplicants(context)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {applicants.length === 0 ? <p className="text-stone-600">{t("none")}</p> : null}
      <ul className="flex flex-col gap-4">
        {applicants.map((a) => {
          const name = a.profile?.displayName ?? a.user.name ?? a.user.email;
          return (
            <li key={a.id}>
              <Card>
                <h2 className="text-lg font-semibold">{name}</h2>
                <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-1 text-sm">
                  <dt className="text-stone-600">{t("email")}</dt>
                  <dd>{a.user.email}</dd>
                  <dt className="text-stone-600">{t("applied")}</dt>
                  <dd>{format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                  {a.applicationNote ? (
                    <>
                      <dt className="text-stone-600">{t("note")}</dt>
                      <dd className="whitespace-pre-line">{a.applicationNote}</dd>
                    </>
                  ) : null}
                </dl>
                <div className="mt-4">
                  <ApplicantDecision tenant={tenant} membershipId={a.id} name={name} matches={a.rosterMatches} />
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
