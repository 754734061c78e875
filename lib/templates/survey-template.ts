import type { QuestionKind } from "@/lib/surveys/schema";

// The survey template's body: lines before the first question are the introduction; then one question a line —
// "NPS: …" (0–10), "ONE: question | choice | choice" (one choice), "MANY: …" (several), "Q: …" (free text).

export type TemplateQuestion = { kind: QuestionKind; prompt: string; options: string[] };
export type SurveyDraft = { intro: string; questions: TemplateQuestion[] };

const PREFIXES: Record<string, QuestionKind> = { NPS: "NPS", ONE: "SINGLE", MANY: "MULTIPLE", Q: "TEXT" };
const QUESTION_LINE = /^\s*(NPS|ONE|MANY|Q)\s*[:：]\s*(.*)$/;

export function parseSurveyTemplate(body: string): SurveyDraft {
  const intro: string[] = [];
  const questions: TemplateQuestion[] = [];
  for (const line of body.split(/\r?\n/)) {
    const match = QUESTION_LINE.exec(line);
    if (!match) {
      if (questions.length === 0) {
        intro.push(line);
      }
      continue;
    }
    const kind = PREFIXES[match[1]!]!;
    const [prompt = "", ...options] = match[2]!.split("|").map((part) => part.trim());
    questions.push({ kind, prompt, options: kind === "SINGLE" || kind === "MULTIPLE" ? options.filter(Boolean) : [] });
  }
  return { intro: intro.join("\n").trim(), questions };
}

/** What is wrong with a survey template, as a validation catalog key; null when a survey can be made from it. */
export function surveyTemplateProblem(body: string, maxQuestions: number): string | null {
  const { questions } = parseSurveyTemplate(body);
  if (questions.length === 0) {
    return "templateSurveyNoQuestions";
  }
  if (questions.length > maxQuestions) {
    return "templateSurveyTooMany";
  }
  if (questions.some((q) => !q.prompt || q.prompt.length > 300)) {
    return "templateSurveyPrompt";
  }
  if (questions.some((q) => (q.kind === "SINGLE" || q.kind === "MULTIPLE") && (q.options.length < 2 || q.options.length > 12))) {
    return "templateSurveyOptions";
  }
  return null;
}
