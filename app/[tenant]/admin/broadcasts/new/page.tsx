import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ComposeForm } from "@/components/broadcasts/compose-form";
import { composeChoices, composeValues } from "@/lib/broadcasts/compose-values";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { eventInvitationDraft } from "@/lib/templates/prefill";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ event?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "broadcast.draft");
  return { title: (await getTranslations("broadcasts"))("new") };
}

export default async function NewBroadcastPage({ params, searchParams }: Props) {
  const context = await requireTenantPage((await params).tenant, "broadcast.draft");
  const { event } = await searchParams;
  // `?event=<id>`: an invitation to that event, drafted from the company's event invitation template.
  const [t, choices, invitation] = await Promise.all([
    getTranslations("broadcasts"),
    composeChoices(context),
    typeof event === "string" && event.length <= 40 ? eventInvitationDraft(context, event) : Promise.resolve(null),
  ]);
  const values = composeValues(null, context.tenant.timezone);
  if (invitation) {
    Object.assign(values, {
      category: choices.categories.some((c) => c.value === "events") ? "events" : values.category,
      subjectJa: invitation.ja.subject,
      bodyJa: invitation.ja.body,
      subjectEn: invitation.en.subject,
      bodyEn: invitation.en.body,
      ...(invitation.segmentId && choices.segments.some((s) => s.value === invitation.segmentId) ? { audience: "SEGMENT", segmentId: invitation.segmentId } : {}),
    });
  }
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/${context.tenant.slug}/admin/broadcasts`} className="text-sm text-brand-800 underline">← {t("title")}</Link>
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <ComposeForm tenant={context.tenant.slug} values={values} {...choices} canSend={context.permissions.has("broadcast.send")} timeZone={context.tenant.timezone} />
    </div>
  );
}
