"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The last-day note, join link filled in, as HR will paste it: plain text with a copy button. */
export function OffboardingNote({ text, lang }: { text: string; lang: string }) {
  const t = useTranslations("templates.offboarding");
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard
      .writeText(text)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <div className="flex flex-col gap-2">
      <pre lang={lang} className="whitespace-pre-wrap break-words rounded-md border border-stone-200 bg-stone-50 p-3 font-sans text-sm text-stone-900" data-testid="offboarding-note">
        {text}
      </pre>
      <div className="flex items-center gap-3">
        <Button type="button" variant="secondary" onClick={copy}>{t("copy")}</Button>
        <span aria-live="polite" className="text-sm text-emerald-800">{copied ? t("copied") : ""}</span>
      </div>
    </div>
  );
}
