import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { Card } from "@/components/ui/card";
import { eventFormValues } from "@/lib/events/form-values";
import { getEventForAdmin } from "@/lib/events/queries";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "events.manage");
  return { title: (await getTranslations("events.admin"))("editTitle") };
}

export default async function EditEventPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "events.manage");
  const event = await getEventForAdmin(context, id);
  if (!event) {
    notFound();
  }
  const t = await getTranslations("events.admin");
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Link href={`/${tenant}/admin/events/${id}`} className="text-sm text-brand-800 underline">← {event.title}</Link>
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <Card>
        <EventForm segments={(await listSegments(context)).map((s) => ({ id: s.id, name: s.name }))} tenant={tenant} timeZone={context.tenant.timezone} initial={eventFormValues(event, context.tenant.timezone)} hasCover={Boolean(event.cover)} />
      </Card>
    </div>
  );
}
