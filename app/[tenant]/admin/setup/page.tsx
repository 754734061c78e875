import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SetupStepsNav } from "@/components/playbook/setup/setup-steps-nav";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { getSetup } from "@/lib/playbook/setup/state";
import { requireTenantPage } from "@/lib/tenancy/guard";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireTenantPage((await params).tenant, "settings.manage");
  return { title: (await getTranslations("setup"))("title") };
}

/** The guided setup's overview: the five steps, what each decided, and the way back into any of them. */
export default async function SetupPage({ params, searchParams }: Props) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  const [t, tp, tm, format, setup, { done }] = await Promise.all([getTranslations("setup"), getTranslations("setup.purpose"), getTranslations("setup.plan"), getFormatter(), getSetup(context), searchParams]);
  const tenant = context.tenant.slug;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const decided: Record<string, string | null> = {
    purpose: setup.purposes.length || setup.purposeNote ? [...setup.purposes.map((p) => tp(`options.${p}.title`)), setup.purposeNote].filter(Boolean).join(" · ") : null,
    goals: null,
    plan: setup.wave ? tm("summary", { size: setup.wave.size, days: setup.wave.everyDays, date: date(setup.wave.firstOn) }) : null,
    message: null,
    review: setup.reviewOn ? date(setup.reviewOn) : null,
  };
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-600">{t("lead")}</p>
      </div>
      {done && setup.complete ? <FormAlert tone="success" message={t("complete")} /> : null}
      <SetupStepsNav tenant={tenant} setup={setup} />
      <ol className="flex flex-col gap-3">
        {setup.steps.map((s, i) => (
          <li key={s.key}>
            <Card className="flex flex-wrap items-center justify-between gap-3">
              <div>
                <h2 className="font-semibold">{i + 1}. {t(`steps.${s.key}`)} <span className="ml-2 text-sm font-normal text-stone-600">{t(`state.${s.state}`)}</span></h2>
                <p className="text-sm text-stone-600">{decided[s.key] ?? t(`stepLead.${s.key}`)}</p>
              </div>
              <Link href={`/${tenant}/admin/setup/${s.key}`} className={buttonClasses(s.state === "todo" ? "primary" : "secondary")}>
                {s.state === "todo" ? t("open") : t("change")}
              </Link>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
