"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { saveGoalAction } from "@/lib/actions/goals";
import { failureText } from "@/lib/actions/result";
import { GOAL_METRICS, isRate as isRateMetric } from "@/lib/goals/metrics";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Metric = (typeof GOAL_METRICS)[number];

type Goal = { id: string; metric: Metric; target: number; dueOn: string; title: string | null };

/** Sets a target for one program figure by a date; an existing goal keeps its metric. */
export function GoalForm({ tenant, goal, current }: { tenant: string; goal?: Goal; current: Record<Metric, number> }) {
  const t = useTranslations("goals");
  const [state, action, pending] = useActionState(saveGoalAction, null);
  const failed = state && !state.ok ? state : null;
  const [metric, setMetric] = useState<Metric>((failed?.values?.metric as Metric | undefined) ?? goal?.metric ?? "REGISTERED");
  const metricId = useId();
  const isRate = isRateMetric(metric);
  // Submitted by hand rather than through the form's action, which would reset the fields (the chosen figure
  // among them) when the server answers with an error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form action={action} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      {goal ? <input type="hidden" name="id" value={goal.id} /> : null}
      {goal ? <input type="hidden" name="metric" value={goal.metric} /> : null}
      <FormAlert message={failed && !failed.fieldErrors ? failureText(failed) : undefined} />
      <div className="flex flex-col gap-1">
        <label htmlFor={metricId} className="text-sm font-medium text-stone-800">{t("form.metric")}</label>
        <select
          id={metricId}
          name={goal ? undefined : "metric"}
          defaultValue={metric}
          disabled={Boolean(goal)}
          onChange={(e) => setMetric(e.target.value as Metric)}
          className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base"
        >
          {GOAL_METRICS.map((m) => (
            <option key={m} value={m}>{t(`metrics.${m}`)}</option>
          ))}
        </select>
        <p className="text-xs text-stone-600">{t("form.currentValue", { value: isRate ? `${current[metric]}%` : String(current[metric]) })}</p>
        {failed?.fieldErrors?.metric ? <p className="text-sm text-red-700" role="alert">{failed.fieldErrors.metric}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={isRate ? t("form.targetRate") : t("form.targetCount")}
          name="target"
          type="number"
          inputMode="decimal"
          min={0}
          max={isRate ? 100 : undefined}
          step={isRate ? 0.1 : 1}
          required
          defaultValue={failed?.values?.target ?? (goal ? String(goal.target) : "")}
          error={failed?.fieldErrors?.target}
        />
        <Field label={t("form.dueOn")} name="dueOn" type="date" required defaultValue={failed?.values?.dueOn ?? goal?.dueOn ?? ""} error={failed?.fieldErrors?.dueOn} />
      </div>
      <Field label={t("form.title")} name="title" maxLength={120} hint={t("form.titleHint")} defaultValue={failed?.values?.title ?? goal?.title ?? ""} error={failed?.fieldErrors?.title} />
      <div>
        <Button type="submit" disabled={pending}>{goal ? t("form.save") : t("form.create")}</Button>
      </div>
    </form>
  );
}
