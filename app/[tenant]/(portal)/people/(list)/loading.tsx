import { getTranslations } from "next-intl/server";

// Only around the list (its own route group): a loading boundary starts the response early, so a person page
// under it could no longer answer a real 404 status.
/** Shown while a search runs: the page keeps its frame, and screen readers hear that something is happening. */
export default async function DirectoryLoading() {
  const t = await getTranslations("directory");
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3">
      <p className="text-stone-600">{t("loading")}</p>
      <div className="grid gap-3 sm:grid-cols-2" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg border border-stone-200 bg-stone-100" />
        ))}
      </div>
    </div>
  );
}
