"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A new key's secret, shown once: Kizuna keeps only its hash, so this is the only time anyone can copy it. */
export function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const t = useTranslations("apiKeys");
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="secret-heading" className="flex flex-col gap-3">
      <h2 id="secret-heading" className="text-lg font-semibold text-stone-900">{t("secretTitle", { name })}</h2>
      <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("secretWarning")}</p>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        {t("secretLabel")}
        <input
          readOnly
          value={secret}
          data-testid="api-key-secret"
          onFocus={(event) => event.currentTarget.select()}
          className="rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-sm text-stone-900"
        />
      </label>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(secret);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
        <Button type="button" onClick={onDone}>{t("done")}</Button>
      </div>
      <p aria-live="polite" className="sr-only">{copied ? t("copied") : ""}</p>
    </section>
  );
}
