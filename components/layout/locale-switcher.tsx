"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { switchLocaleAction } from "@/lib/actions/switch-locale";
import { LOCALES } from "@/lib/i18n/config";

const LABELS: Record<(typeof LOCALES)[number], string> = { ja: "日本語", en: "English" };

/** Two buttons, one per language; the current one is pressed. */
export function LocaleSwitcher({ tone = "light" }: { tone?: "light" | "dark" }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          aria-disabled={pending || undefined}
          onClick={() =>
            !pending &&
            startTransition(async () => {
              await switchLocaleAction(null, { locale: option });
              router.refresh();
            })
          }
          className={`rounded px-2 py-1 ${option === locale ? (tone === "dark" ? "bg-white text-stone-900" : "bg-stone-800 text-white") : tone === "dark" ? "text-stone-200 hover:bg-stone-700" : "text-stone-700 hover:bg-stone-200"}`}
        >
          {LABELS[option]}
        </button>
      ))}
    </div>
  );
}
