"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { moveStageAction } from "@/lib/actions/pipeline";
import { PIPELINE_STAGES, type PipelineStageName } from "@/lib/opportunities/schema";

const inputClass = "rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm";

type Props = { tenant: string; interestId: string; stage: PipelineStageName; sharedStatus: string | null; today: string };

/** HR moves an item to a stage with a note, and words what the alumnus sees. CLOSED asks why; HIRED asks the return date. */
export function StageForm({ tenant, interestId, stage, sharedStatus, today }: Props) {
  const t = useTranslations("pipeline.move");
  const ts = useTranslations("pipeline.stage");
  const [state, action, pending] = useActionState(moveStageAction, null);
  const failed = state && !state.ok ? state : null;
  const [chosen, setChosen] = useState<PipelineStageName>((failed?.values?.stage as PipelineStageName) ?? stage);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <input type="hidden" name="interestId" value={interestId} />
      <FormAlert message={failed?.error} />
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div className="flex flex-col gap-1">
        <label htmlFor="pipeline-stage" className="text-sm font-medium text-stone-800">{t("stage")}</label>
        <select id="pipeline-stage" name="stage" value={chosen} onChange={(e) => setChosen(e.target.value as PipelineStageName)} className={inputClass}>
          {PIPELINE_STAGES.map((s) => (
            <option key={s} value={s}>{ts(s)}</option>
          ))}
        </select>
      </div>
      {chosen === "CLOSED" ? <Field label={t("closedReason")} name="closedReason" required maxLength={500} defaultValue={failed?.values?.closedReason ?? ""} error={failed?.fieldErrors?.closedReason} /> : null}
      {chosen === "HIRED" ? <Field label={t("hiredOn")} name="hiredOn" type="date" required defaultValue={failed?.values?.hiredOn ?? today} hint={t("hiredOnHint")} error={failed?.fieldErrors?.hiredOn} /> : null}
      <TextAreaField label={t("note")} name="note" defaultValue={failed?.values?.note ?? ""} hint={t("noteHint")} error={failed?.fieldErrors?.note} />
      <Field label={t("sharedStatus")} name="sharedStatus" maxLength={500} defaultValue={failed?.values?.sharedStatus ?? sharedStatus ?? ""} hint={t("sharedStatusHint")} error={failed?.fieldErrors?.sharedStatus} />
      <div>
        <Button type="submit" disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
