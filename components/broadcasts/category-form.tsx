"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addCategoryAction, renameCategoryAction } from "@/lib/actions/broadcasts";
import { failureText } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { tenant: string; category?: { key: string; nameJa: string; nameEn: string } };

/** Adds one of the company's own categories, or (given one) renames it; the key is fixed once chosen. */
export function CategoryForm({ tenant, category }: Props) {
  const t = useTranslations("broadcasts.categories");
  const [state, action, pending] = useActionState(category ? renameCategoryAction : addCategoryAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="tenant" value={tenant} />
      <div className="grid items-start gap-3 sm:grid-cols-[10rem_1fr_1fr_auto]">
        {category ? (
          <>
            <input type="hidden" name="key" value={category.key} />
            <p className="pt-8 font-mono text-sm text-stone-700">{category.key}</p>
          </>
        ) : (
          <Field label={t("key")} name="key" required maxLength={30} defaultValue={values?.key ?? ""} hint={t("keyHint")} error={errors.key} />
        )}
        <Field label={t("nameJa")} name="nameJa" required maxLength={40} defaultValue={values?.nameJa ?? category?.nameJa ?? ""} error={errors.nameJa} lang="ja" />
        <Field label={t("nameEn")} name="nameEn" required maxLength={40} defaultValue={values?.nameEn ?? category?.nameEn ?? ""} error={errors.nameEn} lang="en" />
        <div className="sm:pt-6">
          <Button type="submit" variant="secondary" disabled={pending}>{category ? t("rename") : t("add")}</Button>
        </div>
      </div>
      <FormAlert tone="success" message={state?.ok ? state.message : undefined} />
      <FormAlert message={state && !state.ok && !state.fieldErrors ? failureText(state) : undefined} />
    </form>
  );
}
