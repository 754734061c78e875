"use client";

import { useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { BRAND_IMAGE_ACCEPT, MAX_BRAND_IMAGE_BYTES } from "@/lib/branding/limits";
import { Button } from "@/components/ui/button";

type Props = {
  name: "logo" | "favicon";
  label: string;
  hint: string;
  /** What the preview shows: a chosen file's object URL, the saved image, or nothing. */
  shown: string | null;
  removing: boolean;
  saved: boolean;
  onPick: (file: File | null) => void;
  onRemove: (remove: boolean) => void;
  error?: string;
};

/** An image upload with what it shows now, and a remove switch for the saved one (applied on save). */
export function BrandImageField({ name, label, hint, shown, removing, saved, onPick, onRemove, error }: Props) {
  const t = useTranslations("branding");
  const tv = useTranslations("validation");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const square = name === "favicon";
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">{label}</label>
      <div className="flex flex-wrap items-center gap-4">
        <div className={`flex items-center justify-center rounded-md border border-dashed border-stone-300 bg-stone-50 ${square ? "h-16 w-16" : "h-16 w-48"}`}>
          {shown && !removing ? (
            // eslint-disable-next-line @next/next/no-img-element -- a blob: URL of the chosen file or our own route
            <img src={shown} alt="" className={square ? "h-8 w-8" : "max-h-12 max-w-44 object-contain"} />
          ) : (
            <span className="text-xs text-stone-500">{removing ? t("willRemove") : t("noImage")}</span>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <input
            ref={input}
            id={id}
            name={name}
            type="file"
            accept={BRAND_IMAGE_ACCEPT}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            onChange={(e) => {
              const file = e.target.files?.[0] ?? null;
              // Checked here too, so a large file is refused before it is sent.
              if (file && file.size > MAX_BRAND_IMAGE_BYTES) {
                e.target.setCustomValidity(tv("branding.imageTooLarge"));
                e.target.reportValidity();
              } else {
                e.target.setCustomValidity("");
              }
              onPick(file);
            }}
            className="text-sm text-stone-700 file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-stone-800 hover:file:bg-stone-50"
          />
          {saved ? (
            <Button type="button" variant="ghost" className="self-start px-2 py-1" onClick={() => {
              if (input.current) {
                input.current.value = "";
              }
              onPick(null);
              onRemove(!removing);
            }}>
              {removing ? t("keepImage") : t(name === "logo" ? "removeLogo" : "removeFavicon")}
            </Button>
          ) : null}
        </div>
      </div>
      {removing ? <input type="hidden" name={name === "logo" ? "removeLogo" : "removeFavicon"} value="1" /> : null}
      <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p>
      {error ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}
