import { Markdown } from "@/components/markdown";
import type { TemplateFormat } from "@/lib/templates/catalog";
import { fillTemplate, paragraphsOf, type PlaceholderValues } from "@/lib/templates/fill";
import { parseSurveyTemplate } from "@/lib/templates/survey-template";

type Props = { format: TemplateFormat; subject: string | null; body: string; values: PlaceholderValues; questionsLabel?: (count: number) => string };

/** A template as people will read it, placeholders filled: Markdown through the sanitising component, text as text. */
export function TemplatePreview({ format, subject, body, values, questionsLabel }: Props) {
  const filledSubject = subject ? fillTemplate(subject, values, "plain") : null;
  const filled = fillTemplate(body, values, format);
  return (
    <div className="flex flex-col gap-2" data-testid="template-preview">
      {filledSubject ? <p className="font-bold">{filledSubject}</p> : null}
      {format === "markdown" ? <Markdown source={filled} /> : null}
      {format === "plain" ? paragraphsOf(filled).map((p, i) => <p key={i} className="whitespace-pre-line break-words">{p}</p>) : null}
      {format === "survey" ? <SurveyPreview body={filled} questionsLabel={questionsLabel} /> : null}
    </div>
  );
}

function SurveyPreview({ body, questionsLabel }: { body: string; questionsLabel?: (count: number) => string }) {
  const draft = parseSurveyTemplate(body);
  return (
    <>
      {draft.intro ? <p className="whitespace-pre-line">{draft.intro}</p> : null}
      {questionsLabel ? <p className="text-xs text-stone-500">{questionsLabel(draft.questions.length)}</p> : null}
      <ol className="ml-5 list-decimal space-y-2">
        {draft.questions.map((q, i) => (
          <li key={i}>
            <span className="font-medium">{q.prompt}</span>
            <span className="ml-2 rounded bg-stone-200 px-1 text-xs">{q.kind === "NPS" ? "0–10" : q.kind}</span>
            {q.options.length ? <span className="block text-sm text-stone-600">{q.options.join(" / ")}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
