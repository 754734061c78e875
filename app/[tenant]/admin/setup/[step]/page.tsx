import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { GoalsForm } from "@/components/playbook/setup/goals-form";
import { MessageForm } from "@/components/playbook/setup/message-form";
import { PlanForm } from "@/components/playbook/setup/plan-form";
import { PurposeForm } from "@/components/playbook/setup/purpose-form";
import { ReviewDateForm } from "@/components/playbook/setup/review-form";
import { SetupStepsNav } from "@/components/playbook/setup/setup-steps-nav";
import { SkipStepButton } from "@/components/playbook/setup/skip-step-button";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db";
import { liveFigures } from "@/lib/goals/live";
import { metricValues } from "@/lib/goals/metrics";
import { alumniStateCounts } from "@/lib/members/state-counts";
import { draftFirstMessage } from "@/lib/playbook/setup/first-message";
import { getSetup } from "@/lib/playbook/setup/state";
import { isSetupStep, type SetupStep } from "@/lib/playbook/setup/steps";
import { suggestGoals, type Standing } from "@/lib/playbook/setup/suggestions";
import { requireTenantPage } from "@/lib/tenancy/guard";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { localToday, toLocalDateTime, atLocalHour } from "@/lib/time/zoned";

type Props = { params: Promise<{ tenant: string; step: string }> };

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

async function guard(props: Props) {
  const { tenant, step } = await props.params;
  const context = await requireTenantPage(tenant, "settings.manage");
  if (!isSetupStep(step)) {
    notFound();
  }
  return { context, step };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { step } = await guard(props);
  const t = await getTranslations("setup");
  return { title: `${t(`steps.${step}`)} · ${t("title")}` };
}

/** One step of the guided setup: what it is for, its form, and a way to leave it for later. */
export default async function SetupStepPage(props: Props) {
  const { context, step } = await guard(props);
  const [t, setup] = await Promise.all([getTranslations("setup"), getSetup(context)]);
  const tenant = context.tenant.slug;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <Link href={`/${tenant}/admin/setup`} className="text-sm text-brand-800 underline">{t("back")}</Link>
      <SetupStepsNav tenant={tenant} setup={setup} current={step} />
      <div>
        <h1 className="text-2xl font-bold">{t(`steps.${step}`)}</h1>
        <p className="mt-1 text-stone-700">{t(`stepLead.${step}`)}</p>
      </div>
      <Card>{await stepForm(context, step)}</Card>
      {setup.steps.find((s) => s.key === step)?.state === "todo" ? (
        <div className="flex items-center gap-3">
          <SkipStepButton tenant={tenant} step={step} />
          <p className="text-sm text-stone-600">{t("skipHint")}</p>
        </div>
      ) : null}
    </div>
  );
}

async function stepForm(context: TenantContext, step: SetupStep) {
  const tenant = context.tenant.slug;
  const setup = await getSetup(context);
  const today = localToday(context.tenant.timezone);
  switch (step) {
    case "purpose":
      return <PurposeForm tenant={tenant} chosen={setup.purposes} note={setup.purposeNote} />;
    case "goals":
      return goalsStep(context, setup.purposes, today);
    case "plan": {
      const [t, states] = await Promise.all([getTranslations("setup.plan"), alumniStateCounts(context)]);
      return (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-stone-700">
            {t("standing", { notInvited: states.notInvited })}{" "}
            <Link href={`/${tenant}/admin/roster/import`} className="text-brand-800 underline">{t("importRoster")}</Link>{" · "}
            <Link href={`/${tenant}/admin/new-leavers`} className="text-brand-800 underline">{t("joinLink")}</Link>
          </p>
          <PlanForm
            tenant={tenant}
            plan={{
              waves: setup.wave !== null || !setup.steps.some((s) => s.key === "plan" && s.state === "done"),
              waveSize: setup.wave?.size ?? 100,
              waveEveryDays: setup.wave?.everyDays ?? 14,
              firstWaveOn: iso(setup.wave?.firstOn ?? new Date(today.getTime() + 7 * DAY)),
              inviteOnLastDay: setup.inviteOnLastDay,
              handOutJoinLink: setup.handOutJoinLink,
            }}
          />
        </div>
      );
    }
    case "message": {
      const [sent, published] = await Promise.all([
        setup.firstBroadcastId ? db.broadcast.findFirst({ where: { id: setup.firstBroadcastId, tenantId: context.tenant.id }, select: { status: true, subjectJa: true, subjectEn: true, bodyJa: true, bodyEn: true } }) : null,
        db.tenant.findUnique({ where: { id: context.tenant.id }, select: { welcomeMessageJa: true, welcomeMessageEn: true } }),
      ]);
      const draft = (locale: "ja" | "en") => draftFirstMessage(locale, locale === "en" ? (context.tenant.nameEn ?? context.tenant.name) : context.tenant.name, setup.purposes);
      const ja = sent ? { subject: sent.subjectJa ?? "", body: published?.welcomeMessageJa ?? sent.bodyJa ?? "" } : draft("ja");
      const en = sent ? { subject: sent.subjectEn ?? "", body: published?.welcomeMessageEn ?? sent.bodyEn ?? "" } : draft("en");
      const inTwoWeeks = toLocalDateTime(atLocalHour(new Date(today.getTime() + 14 * DAY), 10, context.tenant.timezone), context.tenant.timezone);
      return <MessageForm tenant={tenant} ja={ja} en={en} scheduledAt={inTwoWeeks} sent={sent?.status === "SENDING" || sent?.status === "SENT"} />;
    }
    case "review":
      return <ReviewDateForm tenant={tenant} reviewOn={iso(setup.reviewOn ?? new Date(today.getTime() + 90 * DAY))} />;
  }
}

async function goalsStep(context: TenantContext, purposes: Parameters<typeof suggestGoals>[0], today: Date) {
  const [t, format, figures, existing] = await Promise.all([
    getTranslations("setup.goals"),
    getFormatter(),
    liveFigures(context),
    db.goal.findMany({ where: { tenantId: context.tenant.id, dueOn: { gt: today } }, select: { metric: true } }),
  ]);
  const standing: Standing = { ...metricValues(figures), roster: figures.roster };
  const taken = new Set(existing.map((g) => g.metric));
  const suggestions = suggestGoals(purposes.length ? purposes : ["EMPLOYER_BRAND"], standing).filter((s) => !taken.has(s.metric));
  const date = (years: number) => format.dateTime(new Date(Date.UTC(today.getUTCFullYear() + years, today.getUTCMonth(), today.getUTCDate())), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="flex flex-col gap-4">
      {taken.size ? (
        <p className="text-sm text-stone-700">
          {t("existing", { count: existing.length })}{" "}
          <Link href={`/${context.tenant.slug}/admin/goals`} className="text-brand-800 underline">{t("seeGoals")}</Link>
        </p>
      ) : null}
      {suggestions.length ? null : <p>{t("allSet")}</p>}
      <GoalsForm tenant={context.tenant.slug} suggestions={suggestions} oneYearOn={date(1)} threeYearOn={date(3)} />
    </div>
  );
}
