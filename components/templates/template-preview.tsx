import { Markdown } from "@/components/markdown";
import type { TemplateFormat } from "@/lib/templates/catalog";
import { fillTemplate, paragraphsOf, type PlaceholderValues } from "@/lib/templates/fill";
import type { QuestionKind } from "@/lib/surveys/schema";
import { parseSurveyTemplate } from "@/lib/templates/survey-template";

type SurveyLabels = { questions: (count: number) => string; kind: (kind: QuestionKind) => string };

type Props = { format: TemplateFormat; subject: string | null; body: string; values: PlaceholderValues; surveyLabels?: SurveyLabels };

/** A template as people will read it, placeholders filled: Markdown through the sanitising component, text as text. */
export function TemplatePreview({ format, subject, body, values, surveyLabels }: Props) {
  const filledSubject = subject ? fillTemplate(subject, values, "plain") : null;
  const filled = fillTemplate(body, values, format);
  return (
    <div className="flex flex-col gap-2" data-testid="template-preview">
      {filledSubject ? <p className="font-bold">{filledSubject}</p> : null}
      {format === "markdown" ? <Markdown source={filled} /> : null}
      {format === "plain" ? paragraphsOf(filled).map((p, i) => <p key={i} className="whitespace-pre-line break-words">{p}</p>) : null}
      {format === "survey" ? <SurveyPreview body={filled} labels={surveyLabels} /> : null}
    </div>
  );
}

function SurveyPreview({ body, labels }: { body: string; labels?: SurveyLabels }) {
  const draft = parseSurveyTemplate(body);
  return (
    <>
      {draft.intro ? <p className="whitespace-pre-line">{draft.intro}</p> : null}
      {labels ? <p className="text-xs text-stone-500">{labels.questions(draft.questions.length)}</p> : null}
      <ol className="ml-5 list-decimal space-y-2">
        {draft.questions.map((q, i) => (
          <li key={i}>
            <span className="font-medium">{q.prompt}</span>
            <span className="ml-2 rounded bg-stone-200 px-1 text-xs">{labels ? labels.kind(q.kind) : q.kind}</span>
            {q.options.length ? <span className="block text-sm text-stone-600">{q.options.join(" / ")}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
