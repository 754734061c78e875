"use client";

import { useTranslations } from "next-intl";
import { saveReviewDateAction } from "@/lib/actions/setup";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useStepAction } from "./use-step-action";

/** Step 5: the date of the first review of goals and plan. */
export function ReviewDateForm({ tenant, reviewOn }: { tenant: string; reviewOn: string }) {
  const t = useTranslations("setup.review");
  const { onSubmit, pending, errors, error } = useStepAction(saveReviewDateAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="tenant" value={tenant} />
      <FormAlert message={error} />
      <Field label={t("date")} name="reviewOn" type="date" defaultValue={reviewOn} hint={t("hint")} error={errors.reviewOn} className="max-w-xs" />
      <div>
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
