"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { savePlanAction } from "@/lib/actions/setup";
import { WAVE_INTERVALS } from "@/lib/playbook/setup/steps";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useStepAction } from "./use-step-action";

type Plan = { waves: boolean; waveSize: number; waveEveryDays: number; firstWaveOn: string; inviteOnLastDay: boolean; handOutJoinLink: boolean };

/** Step 3: how past leavers are reached (invitation waves) and new leavers (their last day). */
export function PlanForm({ tenant, plan }: { tenant: string; plan: Plan }) {
  const t = useTranslations("setup.plan");
  const { onSubmit, pending, errors, error } = useStepAction(savePlanAction);
  const [waves, setWaves] = useState(plan.waves);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={error} />
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t("pastLegend")}</legend>
        <label className="flex items-center gap-3">
          <input type="checkbox" name="waves" defaultChecked={plan.waves} onChange={(e) => setWaves(e.target.checked)} className="h-4 w-4" />
          {t("waves")}
        </label>
        {waves ? (
          <div className="grid gap-4 pl-7 sm:grid-cols-3">
            <Field label={t("waveSize")} name="waveSize" type="number" min={10} max={5000} step={1} defaultValue={plan.waveSize} error={errors.waveSize} hint={t("waveSizeHint")} />
            <div className="flex flex-col gap-1">
              <label htmlFor="waveEveryDays" className="text-sm font-medium text-stone-800">{t("waveEvery")}</label>
              <select id="waveEveryDays" name="waveEveryDays" defaultValue={plan.waveEveryDays} className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
                {WAVE_INTERVALS.map((d) => (
                  <option key={d} value={d}>{t("everyDays", { days: d })}</option>
                ))}
              </select>
              {errors.waveEveryDays ? <p className="text-sm text-red-700" role="alert">{errors.waveEveryDays}</p> : null}
            </div>
            <Field label={t("firstWaveOn")} name="firstWaveOn" type="date" defaultValue={plan.firstWaveOn} error={errors.firstWaveOn} />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t("newLegend")}</legend>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="inviteOnLastDay" defaultChecked={plan.inviteOnLastDay} className="mt-1 h-4 w-4" />
          <span>{t("inviteOnLastDay")}<span className="block text-sm text-stone-600">{t("inviteOnLastDayHint")}</span></span>
        </label>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="handOutJoinLink" defaultChecked={plan.handOutJoinLink} className="mt-1 h-4 w-4" />
          <span>{t("handOutJoinLink")}<span className="block text-sm text-stone-600">{t("handOutJoinLinkHint")}</span></span>
        </label>
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
