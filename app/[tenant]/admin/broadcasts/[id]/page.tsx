import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/broadcasts/auto-refresh";
import { BroadcastControls } from "@/components/broadcasts/broadcast-controls";
import { ComposeForm } from "@/components/broadcasts/compose-form";
import { BroadcastStatusBadge } from "@/components/broadcasts/status-badge";
import { Markdown } from "@/components/markdown";
import { FormAlert } from "@/components/ui/form-alert";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Stat } from "@/components/ui/stat";
import { countRecipients } from "@/lib/broadcasts/audience";
import { composeChoices, composeValues } from "@/lib/broadcasts/compose-values";
import { getBroadcastForAdmin } from "@/lib/broadcasts/queries";
import { broadcastStats } from "@/lib/broadcasts/stats";
import { getSegment } from "@/lib/segments/queries";
import { readSegmentFilters } from "@/lib/segments/schema";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, id } = await params;
  const broadcast = await getBroadcastForAdmin(await requireTenantPage(tenant, "broadcast.draft"), id);
  return { title: broadcast?.subjectJa ?? broadcast?.subjectEn ?? undefined };
}

export default async function BroadcastPage({ params, searchParams }: Props) {
  const [{ tenant, id }, { done }] = await Promise.all([params, searchParams]);
  const context = await requireTenantPage(tenant, "broadcast.draft");
  const broadcast = await getBroadcastForAdmin(context, id);
  if (!broadcast) {
    notFound();
  }
  const [t, format, locale] = await Promise.all([getTranslations("broadcasts"), getFormatter(), getLocale()]);
  const base = `/${tenant}/admin/broadcasts`;
  const canSend = context.permissions.has("broadcast.send");
  const when = (d: Date) => format.dateTime(d, { timeZone: context.tenant.timezone, dateStyle: "medium", timeStyle: "short" });
  const doneMessage = done === "save" || done === "test" || done === "schedule" || done === "send" ? t(`done.${done}`) : undefined;
  const header = (
    <>
      <Link href={base} className="text-sm text-brand-800 underline">← {t("title")}</Link>
      <FormAlert tone="success" message={doneMessage} />
    </>
  );

  if (broadcast.status === "DRAFT") {
    const choices = await composeChoices(context);
    return (
      <div className="flex flex-col gap-6">
        {header}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("editDraft")}</h1>
          <BroadcastControls tenant={tenant} id={broadcast.id} status="DRAFT" canSend={canSend} />
        </div>
        <ComposeForm tenant={tenant} values={composeValues(broadcast, context.tenant.timezone)} {...choices} canSend={canSend} timeZone={context.tenant.timezone} />
      </div>
    );
  }

  const segment = broadcast.segmentId ? await getSegment(context, broadcast.segmentId) : null;
  const filters = broadcast.filters ? readSegmentFilters(broadcast.filters) : {};
  const audience =
    broadcast.audience === "EVERYONE"
      ? t("audience.EVERYONE")
      : broadcast.audience === "SEGMENT"
        ? t("audience.SEGMENT", { name: segment?.name ?? t("audience.deletedSegment") })
        : t("audience.FILTER", { filters: Object.entries(filters).map(([k, v]) => `${t(`filterNames.${k as "q"}`)}: ${String(v)}`).join(" / ") || "—" });
  const versions = [
    broadcast.subjectJa && broadcast.bodyJa ? { lang: "ja", label: t("form.japanese"), subject: broadcast.subjectJa, body: broadcast.bodyJa } : null,
    broadcast.subjectEn && broadcast.bodyEn ? { lang: "en", label: t("form.english"), subject: broadcast.subjectEn, body: broadcast.bodyEn } : null,
  ].filter((v) => v !== null);
  const headline = versions.find((v) => v.lang === locale)?.subject ?? versions[0]?.subject;

  const content = (
    <section aria-label={t("content")} className="grid gap-4 lg:grid-cols-2">
      {versions.map((v) => (
        <article key={v.lang} lang={v.lang} className="min-w-0 rounded-lg border border-stone-200 bg-white p-4">
          <p className="text-xs font-semibold text-stone-500">{v.label}</p>
          <h2 className="mt-1 mb-3 text-lg font-bold">{v.subject}</h2>
          <Markdown source={v.body} />
        </article>
      ))}
    </section>
  );

  if (broadcast.status === "SCHEDULED" || broadcast.status === "CANCELLED") {
    const count = await countRecipients(context.tenant.id, context.tenant.timezone, broadcast, broadcast.category);
    return (
      <div className="flex flex-col gap-6">
        {header}
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <BroadcastStatusBadge status={broadcast.status} label={t(`status.${broadcast.status}`)} />
            <h1 className="mt-2 text-2xl font-bold">{headline}</h1>
            {broadcast.scheduledAt ? <p className="mt-1 text-stone-700">{t("scheduledFor", { when: when(broadcast.scheduledAt) })}</p> : null}
            <p className="text-sm text-stone-600">{audience}</p>
            {count ? <p className="text-sm text-stone-600">{t("form.count", { members: count.members, email: count.email })}</p> : null}
          </div>
          {broadcast.status === "SCHEDULED" ? <BroadcastControls tenant={tenant} id={broadcast.id} status="SCHEDULED" canSend={canSend} /> : null}
        </div>
        {content}
      </div>
    );
  }

  const stats = await broadcastStats(context.tenant.id, broadcast.id);
  const finished = stats.sent + stats.skipped + stats.failed;
  const emailTotal = stats.email + stats.skipped;
  const percent = (part: number, whole: number) => (whole ? format.number(part / whole, { style: "percent", maximumFractionDigits: 1 }) : "—");
  const sending = broadcast.status === "SENDING";
  // A send that never had recipients (its segment was deleted) has no progress to show.
  const failedOutright = broadcast.status === "FAILED" && !stats.recipients;
  return (
    <div className="flex flex-col gap-6">
      {header}
      {sending ? <AutoRefresh /> : null}
      <div>
        <BroadcastStatusBadge status={broadcast.status} label={t(`status.${broadcast.status}`)} />
        <h1 className="mt-2 text-2xl font-bold">{headline}</h1>
        <p className="mt-1 text-stone-700">{broadcast.startedAt ? t("sentAt", { when: when(broadcast.startedAt) }) : null}</p>
        <p className="text-sm text-stone-600">{audience}</p>
      </div>
      {failedOutright ? null : <ProgressBar
        label={sending ? t("stats.progress") : t("stats.finished")}
        value={broadcast.fannedOutAt ? (emailTotal ? finished / emailTotal : 1) : null}
        detail={broadcast.fannedOutAt ? t("stats.progressDetail", { done: finished, total: emailTotal }) : t("stats.preparing")}
      />}
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label={t("stats.recipients")} value={format.number(stats.recipients)} hint={t("stats.recipientsHint")} />
        <Stat label={t("stats.sent")} value={format.number(stats.sent)} hint={stats.skipped ? t("stats.skippedHint", { count: stats.skipped }) : undefined} />
        <Stat label={t("stats.delivered")} value={format.number(stats.delivered)} hint={percent(stats.delivered, stats.sent)} />
        <Stat label={t("stats.bounced")} value={format.number(stats.bounced + stats.complained)} hint={stats.complained ? t("stats.complainedHint", { count: stats.complained }) : percent(stats.bounced, stats.sent)} />
        <Stat label={t("stats.opened")} value={format.number(stats.opened)} hint={percent(stats.opened, stats.delivered || stats.sent)} />
        <Stat label={t("stats.clicked")} value={format.number(stats.clicked)} hint={percent(stats.clicked, stats.delivered || stats.sent)} />
        <Stat label={t("stats.unsubscribed")} value={format.number(stats.unsubscribed)} hint={percent(stats.unsubscribed, stats.sent)} />
        <Stat label={t("stats.read")} value={format.number(stats.read)} hint={percent(stats.read, stats.portal)} />
      </dl>
      {broadcast.error === "audienceGone" ? <FormAlert message={t("errors.audienceGone")} /> : null}
      {stats.failed ? <FormAlert message={t("stats.failed", { count: stats.failed })} /> : null}
      {content}
    </div>
  );
}
