import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ItemSubject } from "@/components/pipeline/item-label";
import { OwnerForm } from "@/components/pipeline/owner-form";
import { StageForm } from "@/components/pipeline/stage-form";
import { Card } from "@/components/ui/card";
import { getPipelineItem, staffNames } from "@/lib/opportunities/pipeline";
import { requireTenantPage } from "@/lib/tenancy/guard";
import { localToday } from "@/lib/time/zoned";

type Props = { params: Promise<{ tenant: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "pipeline.read");
  return { title: (await getTranslations("pipeline"))("itemTitle") };
}

export default async function PipelineItemPage({ params }: Props) {
  const { tenant, id } = await params;
  const context = await requireTenantPage(tenant, "pipeline.read");
  const found = await getPipelineItem(context, id);
  if (!found) {
    notFound();
  }
  const { item, history } = found;
  const [t, ts, format, staff] = await Promise.all([getTranslations("pipeline"), getTranslations("pipeline.stage"), getFormatter(), staffNames(context)]);
  const canWrite = context.permissions.has("opportunities.manage");
  const zone = context.tenant.timezone;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Link href={`/${tenant}/admin/pipeline`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <div>
        <h1 className="text-2xl font-bold">{item.name}</h1>
        <p className="text-stone-700"><ItemSubject item={item} /> · {ts(item.stage)}{item.hiredAt ? ` · ${t("hiredOn", { date: format.dateTime(item.hiredAt, { dateStyle: "long", timeZone: "UTC" }) })}` : ""}</p>
        <p className="text-sm text-stone-600">{item.email}{item.leftOn ? ` · ${t("leftOn", { date: format.dateTime(item.leftOn, { dateStyle: "medium", timeZone: "UTC" }) })}` : ""}</p>
        {item.stale ? <p className="mt-1 text-sm font-semibold text-amber-800">{t("stale")}</p> : null}
      </div>
      {item.note ? (
        <Card>
          <h2 className="text-sm font-semibold text-stone-800">{t("theirNote")}</h2>
          <p className="mt-1 whitespace-pre-wrap">{item.note}</p>
        </Card>
      ) : null}
      {canWrite ? (
        <>
          <Card>
            <StageForm tenant={tenant} interestId={item.id} stage={item.stage} sharedStatus={item.sharedStatus} today={localToday(zone).toISOString().slice(0, 10)} />
          </Card>
          <Card>
            <OwnerForm tenant={tenant} interestId={item.id} ownerId={item.ownerId} staff={[...staff].map(([sid, name]) => ({ id: sid, name }))} />
          </Card>
        </>
      ) : null}
      <section aria-labelledby="history" className="flex flex-col gap-2">
        <h2 id="history" className="text-lg font-semibold">{t("history.title")}</h2>
        <ol className="flex flex-col gap-2">
          {history.map((h) => (
            <li key={h.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
              <p className="font-medium">
                {h.action === "MOVED" && h.fromStage && h.toStage
                  ? t("history.moved", { from: ts(h.fromStage), to: ts(h.toStage) })
                  : h.action === "OWNER"
                    ? t("history.owner", { owner: h.note ? (staff.get(h.note) ?? "—") : t("noOwner") })
                    : t(`history.${h.action}`)}
              </p>
              <p className="text-xs text-stone-600">{format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: zone })}{h.actor ? ` · ${h.actor}` : ""}</p>
              {h.note && h.action !== "OWNER" ? <p className="mt-1 whitespace-pre-wrap text-stone-800">{h.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
