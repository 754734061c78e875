"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setHrMaySendAction } from "@/lib/actions/broadcasts";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Whether HR staff may send and schedule announcements themselves (otherwise they draft and test only). */
export function HrGrantForm({ tenant, allowed }: { tenant: string; allowed: boolean }) {
  const t = useTranslations("broadcasts.settings");
  const [state, action, pending] = useActionState(setHrMaySendAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("hrLegend")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="allowed" value="no" defaultChecked={!allowed} />
          {t("hrDraftOnly")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="allowed" value="yes" defaultChecked={allowed} />
          {t("hrMaySend")}
        </label>
      </fieldset>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>{t("save")}</Button>
      </div>
    </form>
  );
}
