import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SetupState } from "@/lib/playbook/setup/state";
import { StepMark } from "./step-mark";

/** The dashboard's checklist of the guided setup, shown until every step is done or skipped. */
export async function SetupChecklist({ tenant, setup }: { tenant: string; setup: SetupState }) {
  const t = await getTranslations("setup");
  const base = `/${tenant}/admin/setup`;
  const done = setup.steps.filter((s) => s.state !== "todo").length;
  return (
    <Card role="region" aria-labelledby="setup-checklist" className="border-l-4 border-l-brand-600">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="setup-checklist" className="text-lg font-semibold">{t("checklist.title")}</h2>
          <p className="mt-1 text-sm text-stone-600">{t("checklist.lead", { done, total: setup.steps.length })}</p>
        </div>
        {setup.next ? <Link href={`${base}/${setup.next}`} className={buttonClasses("primary")}>{done ? t("checklist.continue") : t("checklist.start")}</Link> : null}
      </div>
      <ol className="mt-4 grid gap-2 sm:grid-cols-5">
        {setup.steps.map((s, i) => (
          <li key={s.key}>
            <Link href={`${base}/${s.key}`} className="flex items-center gap-2 rounded-md border border-stone-200 px-3 py-2 text-sm hover:border-brand-600">
              <StepMark state={s.state} index={i + 1} />
              <span>{t(`steps.${s.key}`)}</span>
            </Link>
          </li>
        ))}
      </ol>
    </Card>
  );
}
