import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/events/event-form";
import { Card } from "@/components/ui/card";
import { eventFormValues } from "@/lib/events/form-values";
import { getEventForAdmin } from "@/lib/events/queries";
import { listSegments } from "@/lib/segments/queries";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ from?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "events.manage");
  return { title: (await getTranslations("events.admin"))("createTitle") };
}

/** A new event; with ?from=<id>, a copy of that one (the duplicate button). */
export default async function NewEventPage({ params, searchParams }: Props) {
  const [{ tenant }, { from }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "events.manage");
  const t = await getTranslations("events.admin");
  const source = from ? await getEventForAdmin(context, from) : null;
  const timeZone = context.tenant.timezone;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("createTitle")}</h1>
      {source ? <p className="text-stone-700">{t("duplicateOf", { title: source.title })}</p> : null}
      <Card>
        <EventForm
          segments={(await listSegments(context)).map((s) => ({ id: s.id, name: s.name }))}
          tenant={tenant}
          timeZone={timeZone}
          initial={source ? eventFormValues(source, timeZone, { title: t("copyTitle", { title: source.title }) }) : { format: "VENUE", maxGuests: "0" }}
          hasCover={false}
          copyCoverFrom={source?.cover ? source.id : undefined}
        />
      </Card>
    </div>
  );
}
