"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Shown when a page fails unexpectedly: says so in the reader's language and offers to try again. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main className="mx-auto flex min-h-[70vh] max-w-lg flex-col items-center justify-center gap-4 px-6 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-600">{t("body")}</p>
      <Button onClick={() => reset()}>{t("retry")}</Button>
    </main>
  );
}
