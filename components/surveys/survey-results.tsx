import { getFormatter, getTranslations } from "next-intl/server";
import { BarTable } from "@/components/analytics/bar-table";
import { Card } from "@/components/ui/card";
import type { QuestionResult } from "@/lib/surveys/queries";

/** Each question's answers: NPS with its spread, choice counts as bars, free text as a list. */
export async function SurveyResults({ results, anonymous }: { results: QuestionResult[]; anonymous: boolean }) {
  const [t, format] = await Promise.all([getTranslations("surveys.results"), getFormatter()]);
  return (
    <div className="flex flex-col gap-4">
      {anonymous ? <p className="text-sm text-stone-600">{t("anonymousNote")}</p> : null}
      {results.map((r, i) => (
        <Card key={r.id}>
          <h3 className="font-semibold">{i + 1}. {r.prompt}</h3>
          {r.kind === "NPS" ? (
            r.nps.responses === 0 ? (
              <p className="mt-2 text-stone-600">{t("noAnswers")}</p>
            ) : (
              <div className="mt-3 grid gap-4 md:grid-cols-[14rem_1fr]">
                <dl className="flex flex-col gap-2 text-sm">
                  <div><dt className="text-stone-600">{t("nps")}</dt><dd className="text-3xl font-bold tabular-nums">{format.number(r.nps.score ?? 0, { signDisplay: "exceptZero" })}</dd></div>
                  <div><dt className="text-stone-600">{t("promoters")}</dt><dd className="tabular-nums">{r.nps.promoters}</dd></div>
                  <div><dt className="text-stone-600">{t("passives")}</dt><dd className="tabular-nums">{r.nps.passives}</dd></div>
                  <div><dt className="text-stone-600">{t("detractors")}</dt><dd className="tabular-nums">{r.nps.detractors}</dd></div>
                  <p className="text-xs text-stone-600">{t("npsHint")}</p>
                </dl>
                <BarTable caption={r.prompt} labelHeader={t("score")} valueLabel={t("count")} rows={r.nps.distribution.map((count, score) => ({ label: String(score), value: count }))} />
              </div>
            )
          ) : r.kind === "TEXT" ? (
            r.texts.length === 0 ? (
              <p className="mt-2 text-stone-600">{t("noAnswers")}</p>
            ) : (
              <ul className="mt-3 flex flex-col gap-2">
                {r.texts.map((a, j) => (
                  <li key={j} className="rounded-md bg-stone-50 px-3 py-2 text-sm whitespace-pre-wrap">
                    {a.text}
                    {a.name ? <span className="mt-1 block text-xs text-stone-600">— {a.name}</span> : null}
                  </li>
                ))}
              </ul>
            )
          ) : (
            <div className="mt-3">
              <BarTable caption={r.prompt} labelHeader={t("option")} valueLabel={t("count")} max={Math.max(1, r.answered)} rows={r.counts.map((c) => ({ label: c.option, value: c.count }))} />
            </div>
          )}
        </Card>
      ))}
    </div>
  );
}
