"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setBrandColorAction } from "@/lib/actions/broadcasts";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export const DEFAULT_BRAND_COLOR = "#b45309";

/** The company's colour in its emails: the brand line and the buttons. */
export function BrandColorForm({ tenant, color }: { tenant: string; color: string | null }) {
  const t = useTranslations("broadcasts.settings");
  const [state, action, pending] = useActionState(setBrandColorAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenant" value={tenant} />
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t("color")} name="brandColor" type="color" defaultValue={color ?? DEFAULT_BRAND_COLOR} className="w-32" error={errors.brandColor} />
        <Button type="submit" variant="secondary" disabled={pending}>{t("save")}</Button>
        {color ? <Button type="submit" name="reset" value="1" variant="ghost" disabled={pending}>{t("resetColor")}</Button> : null}
      </div>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
    </form>
  );
}
