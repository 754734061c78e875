// Reads a member's answers against a survey's questions: pure, so it is unit tested without a database.

import type { QuestionKind } from "./schema";

export type Question = { id: string; kind: QuestionKind; options: string[]; required: boolean };
export type Answer = { questionId: string; score: number | null; choices: string[]; text: string | null };

export type AnswerCheck = { ok: true; answers: Answer[] } | { ok: false; errors: Record<string, "required" | "invalid"> };

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === "" ? [] : [String(v)]);

/** Reads a member's answers from the form (field `a_{questionId}`) against the survey's questions. */
export function checkAnswers(questions: Question[], values: Record<string, unknown>): AnswerCheck {
  const answers: Answer[] = [];
  const errors: Record<string, "required" | "invalid"> = {};
  for (const q of questions) {
    const field = `a_${q.id}`;
    const given = asList(values[field]).map((v) => v.trim()).filter(Boolean);
    if (given.length === 0) {
      if (q.required) {
        errors[field] = "required";
      }
      continue;
    }
    if (q.kind === "NPS") {
      const score = Number(given[0]);
      if (given.length !== 1 || !Number.isInteger(score) || score < 0 || score > 10) {
        errors[field] = "invalid";
      } else {
        answers.push({ questionId: q.id, score, choices: [], text: null });
      }
    } else if (q.kind === "TEXT") {
      const text = given.join("\n");
      if (text.length > 2000) {
        errors[field] = "invalid";
      } else {
        answers.push({ questionId: q.id, score: null, choices: [], text });
      }
    } else {
      const valid = given.every((c) => q.options.includes(c)) && (q.kind === "MULTIPLE" || given.length === 1);
      if (!valid) {
        errors[field] = "invalid";
      } else {
        answers.push({ questionId: q.id, score: null, choices: [...new Set(given)], text: null });
      }
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}
