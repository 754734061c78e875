"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import { createTenantAction } from "@/lib/actions/platform";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

/** A company created for a customer, with its first owner (an existing account, or a new one signing in by email link). */
export function CreateTenantForm() {
  const t = useTranslations("platform.create");
  const [state, action, pending] = useActionState(createTenantAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // Submitted by hand so an error does not reset what was typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <FormAlert message={failed?.error} />
      <Field label={t("companyName")} name="companyName" required maxLength={100} error={errors.companyName} />
      <Field label={t("nameEn")} name="nameEn" maxLength={100} error={errors.nameEn} />
      <Field label={t("slug")} name="slug" required maxLength={40} hint={t("slugHint")} error={errors.slug} />
      <div className="flex flex-col gap-1">
        <label htmlFor="defaultLocale" className="text-sm font-medium text-stone-800">{t("locale")}</label>
        <select id="defaultLocale" name="defaultLocale" defaultValue="ja" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-base">
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
      </div>
      <Field label={t("ownerName")} name="ownerName" required maxLength={100} error={errors.ownerName} />
      <Field label={t("ownerEmail")} name="ownerEmail" type="email" required hint={t("ownerEmailHint")} error={errors.ownerEmail} />
      <div>
        <Button type="submit" disabled={pending}>{t("submit")}</Button>
      </div>
    </form>
  );
}
