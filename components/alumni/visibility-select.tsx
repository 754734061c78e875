"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { AUDIENCES, type Audience, type ProfileField } from "@/lib/alumni/visibility";

/** "Who sees this" for one profile field. `form` ties it to the profile form from elsewhere on the page. */
export function VisibilitySelect({ field, value, of, form }: { field: ProfileField; value: Audience; of: string; form?: string }) {
  const t = useTranslations("profileEdit");
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-xs">
      <label htmlFor={id} className="text-stone-600">
        <span className="sr-only">{of}: </span>
        {t("whoSees")}
      </label>
      <select id={id} name={`vis_${field}`} form={form} defaultValue={value} className="rounded border border-stone-300 bg-white px-1 py-0.5">
        {AUDIENCES.map((audience) => (
          <option key={audience} value={audience}>{t(`audiences.${audience}`)}</option>
        ))}
      </select>
    </div>
  );
}
