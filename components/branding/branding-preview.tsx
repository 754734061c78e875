"use client";

import type { CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { accentOf, brandCssVariables } from "@/lib/branding/colour";

export type PreviewState = {
  company: string;
  color: string;
  logo: string | null;
  senderName: string;
  replyTo: string;
  /** Kizuna's sending address (EMAIL_FROM's): the sender name goes before it. */
  address: string;
};

/**
 * What the portal and an email will look like, drawn in the browser from the form as it is now. The portal part
 * uses the same `brand-*` utilities under the same CSS variables as the real pages, so it shows their shades.
 */
export function BrandingPreview({ state }: { state: PreviewState }) {
  const t = useTranslations("branding.preview");
  const vars = brandCssVariables(state.color) as CSSProperties | undefined;
  const accent = accentOf(state.color);
  const sender = state.senderName || "Kizuna";
  return (
    <section aria-labelledby="branding-preview" className="flex flex-col gap-4">
      <div>
        <h2 id="branding-preview" className="font-semibold text-stone-900">{t("title")}</h2>
        <p className="text-sm text-stone-600">{t("lead")}</p>
      </div>
      <figure data-testid="portal-preview" style={vars} className="overflow-hidden rounded-lg border border-stone-200 bg-stone-50 shadow-sm">
        <figcaption className="border-b border-stone-200 bg-stone-100 px-3 py-1 text-xs font-medium text-stone-600">{t("portal")}</figcaption>
        <div className="flex flex-col gap-1 border-b border-stone-200 bg-white px-4 py-3">
          <span className="flex min-w-0 items-center gap-2 font-bold text-stone-900">
            {state.logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- the chosen file (blob:) or the saved logo
              <img src={state.logo} alt="" className="h-7 w-auto max-w-32 object-contain" />
            ) : null}
            <span className="truncate text-sm">{state.company}</span>
            <span className="shrink-0 rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap text-brand-800">{t("badge")}</span>
          </span>
          <span className="text-xs text-stone-600">
            <span className="font-semibold text-stone-900 underline decoration-brand-600 decoration-2 underline-offset-4">{t("navHome")}</span> · {t("nav")}
          </span>
        </div>
        <div className="flex flex-col items-start gap-3 px-4 py-4">
          <p className="text-sm text-stone-800">{t("body")}</p>
          <div className="flex flex-wrap items-center gap-4">
            <span className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">{t("button")}</span>
            <span className="text-sm text-brand-800 underline">{t("link")}</span>
          </div>
          <span className="rounded-md border border-brand-200 bg-brand-50 px-3 py-1.5 text-xs text-brand-900">{t("emailSubject")}</span>
        </div>
      </figure>
      <figure data-testid="email-preview" className="overflow-hidden rounded-lg border border-stone-200 bg-stone-100 shadow-sm">
        <figcaption className="border-b border-stone-200 bg-stone-100 px-3 py-1 text-xs font-medium text-stone-600">{t("email")}</figcaption>
        <div className="flex flex-col gap-0.5 bg-white px-4 py-2 text-xs text-stone-700">
          <span>{t("from", { sender: `${sender} <${state.address}>` })}</span>
          {state.replyTo ? <span>{t("replyTo", { address: state.replyTo })}</span> : null}
        </div>
        <div className="p-4">
          <div className="overflow-hidden rounded-md bg-white shadow-sm">
            <div className="flex items-center gap-3 px-5 py-3" style={{ backgroundColor: accent }}>
              {state.logo ? (
                <span className="rounded bg-white px-2 py-1">
                  {/* eslint-disable-next-line @next/next/no-img-element -- as above */}
                  <img src={state.logo} alt="" className="h-6 w-auto max-w-28 object-contain" />
                </span>
              ) : null}
              <span className="text-sm font-bold text-white">{state.company}</span>
            </div>
            <div className="flex flex-col gap-3 px-5 py-4">
              <p className="font-bold text-stone-900">{t("emailSubject")}</p>
              <p className="text-sm text-stone-800">{t("body")}</p>
              <span className="self-start rounded-md px-4 py-2 text-sm font-semibold text-white" style={{ backgroundColor: accent }}>{t("button")}</span>
            </div>
          </div>
        </div>
      </figure>
    </section>
  );
}
