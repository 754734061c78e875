"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { setDomainAction } from "@/lib/actions/domain";
import { useFormAction } from "@/lib/forms/use-form-action";

/** The company's own address for its alumni site. */
export function DomainForm({ tenant, hostname }: { tenant: string; hostname?: string }) {
  const t = useTranslations("domains");
  const { onSubmit, pending, errors, error } = useFormAction(setDomainAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <input type="hidden" name="tenant" value={tenant} />
      <Field
        className="flex-1"
        label={t("hostnameLabel")}
        name="hostname"
        defaultValue={hostname}
        placeholder="alumni.example.co.jp"
        autoComplete="off"
        spellCheck={false}
        inputMode="url"
        required
        error={errors.hostname}
        hint={t("hostnameHint")}
      />
      <div className="sm:pt-6">
        <Button type="submit" disabled={pending}>{t("save")}</Button>
      </div>
      <FormAlert message={error} />
    </form>
  );
}
