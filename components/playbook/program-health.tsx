import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { programHealth } from "@/lib/playbook/health";
import type { TenantContext } from "@/lib/tenancy/resolve";

// Figures that are percentages, formatted as such in the sentence that explains a suggestion.
const PERCENT_FIGURES = new Set(["rate", "from", "to"]);

/** The dashboard's short list of what the program would gain from, each with the screen that fixes it. */
export async function ProgramHealth({ context }: { context: TenantContext }) {
  const [t, format, suggestions] = await Promise.all([getTranslations("playbook.health"), getFormatter(), programHealth(context)]);
  const base = `/${context.tenant.slug}/admin`;
  const figures = (values: Record<string, number>) =>
    Object.fromEntries(Object.entries(values).map(([key, v]) => [key, PERCENT_FIGURES.has(key) ? `${format.number(v, { maximumFractionDigits: 1 })}%` : v]));
  return (
    <section aria-labelledby="program-health">
      <h2 id="program-health" className="text-lg font-semibold">{t("title")}</h2>
      {suggestions.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">{t("allGood")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600">{t("lead")}</p>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {suggestions.map((s) => (
              <li key={s.rule} data-rule={s.rule}>
                <Card className="flex h-full flex-col gap-3 border-l-4 border-l-amber-500 p-4">
                  <div>
                    <h3 className="font-semibold">{t(`rules.${s.rule}.title`)}</h3>
                    <p className="mt-1 text-sm text-stone-700">{t(`rules.${s.rule}.${s.rule === "noRecentBroadcast" && s.figures.days === undefined ? "whyNever" : "why"}`, figures(s.figures))}</p>
                  </div>
                  <div className="mt-auto flex flex-wrap items-center gap-3">
                    <Link href={`${base}/${s.fix}`} className={buttonClasses("primary", "py-1.5")}>{t(`rules.${s.rule}.fix`)}</Link>
                    <Link href={`${base}/guides/${s.guide}`} className="text-sm font-medium text-brand-800 underline">{t("guide")}</Link>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
