"use client";

import { useTranslations } from "next-intl";
import { saveSetupGoalsAction } from "@/lib/actions/setup";
import { isRate } from "@/lib/goals/metrics";
import type { SuggestedGoal } from "@/lib/playbook/setup/suggestions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useStepAction } from "./use-step-action";

/** Step 2: the suggested figures with 1-year and 3-year targets, each kept or dropped and adjusted. */
export function GoalsForm({ tenant, suggestions, oneYearOn, threeYearOn }: { tenant: string; suggestions: SuggestedGoal[]; oneYearOn: string; threeYearOn: string }) {
  const t = useTranslations("setup.goals");
  const tm = useTranslations("goals.metrics");
  const { onSubmit, pending, errors, error } = useStepAction(saveSetupGoalsAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={error} />
      <ul className="flex flex-col gap-3">
        {suggestions.map((s) => {
          const unit = isRate(s.metric) ? "%" : "";
          const field = (name: "oneYear" | "threeYear", label: string, value: number) => {
            const key = `${name}_${s.metric}`;
            return (
              <div className="flex flex-col gap-1">
                <label htmlFor={key} className="text-sm font-medium text-stone-800">{label}{unit ? ` (${unit})` : ""}</label>
                <input
                  id={key}
                  name={key}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={unit ? 100 : undefined}
                  step={unit ? 0.1 : 1}
                  defaultValue={value}
                  aria-invalid={errors[key] ? true : undefined}
                  aria-describedby={errors[key] ? `${key}-error` : undefined}
                  className={`w-32 rounded-md border bg-white px-3 py-2 text-base ${errors[key] ? "border-red-600" : "border-stone-300"}`}
                />
                {errors[key] ? <p id={`${key}-error`} className="text-sm text-red-700" role="alert">{errors[key]}</p> : null}
              </div>
            );
          };
          return (
            <li key={s.metric} className="rounded-lg border border-stone-200 bg-white p-4">
              <label className="flex items-center gap-3 font-medium">
                <input type="checkbox" name={`include_${s.metric}`} defaultChecked className="h-4 w-4" />
                {tm(s.metric)}
                <span className="text-sm font-normal text-stone-600">{t("now", { value: `${s.current}${unit}` })}</span>
              </label>
              <div className="mt-3 flex flex-wrap gap-6 pl-7">
                {field("oneYear", t("oneYear", { date: oneYearOn }), s.oneYear)}
                {field("threeYear", t("threeYear", { date: threeYearOn }), s.threeYear)}
              </div>
            </li>
          );
        })}
      </ul>
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
