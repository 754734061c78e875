"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { brandScale, contrastRatio, isHexColor, KIZUNA_COLOR, needsDarkening } from "@/lib/branding/colour";
import { Button } from "@/components/ui/button";

type Props = { value: string; onChange: (value: string) => void; error?: string };

/** The primary colour: a picker and its hex code kept in step, with the contrast it gives white text. */
export function ColourField({ value, onChange, error }: Props) {
  const t = useTranslations("branding");
  const id = useId();
  const valid = isHexColor(value);
  const ratio = valid ? contrastRatio(value, "#ffffff").toFixed(2) : null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-picker`} className="text-sm font-medium text-stone-800">{t("color")}</label>
          <input
            id={`${id}-picker`}
            type="color"
            value={valid ? value.toLowerCase() : KIZUNA_COLOR}
            onChange={(e) => onChange(e.target.value)}
            className="h-10 w-16 cursor-pointer rounded-md border border-stone-300 bg-white p-1"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-hex`} className="text-sm font-medium text-stone-800">{t("colorHex")}</label>
          <input
            id={`${id}-hex`}
            name="brandColor"
            value={value}
            onChange={(e) => onChange(e.target.value.trim())}
            placeholder={KIZUNA_COLOR}
            maxLength={7}
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            className={`w-32 rounded-md border bg-white px-3 py-2 font-mono text-base text-stone-900 shadow-sm outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-600" : "border-stone-300"}`}
          />
        </div>
        {value ? (
          <Button type="button" variant="ghost" onClick={() => onChange("")}>{t("resetColor")}</Button>
        ) : null}
      </div>
      <p id={`${id}-hint`} aria-live="polite" className="text-xs text-stone-600">
        {valid && needsDarkening(value)
          ? t("colorDarkened", { ratio: ratio!, shade: brandScale(value)[700] })
          : valid
            ? t("colorReadable", { ratio: ratio! })
            : t("colorHint")}
      </p>
      {error ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}
