// Up to five questions an event asks on registration. Each keeps the id of its slot (q1…q5), so answers stay
// attached when HR rewords a question.
export const QUESTION_SLOTS = ["q1", "q2", "q3", "q4", "q5"] as const;

export type EventQuestion = { id: (typeof QUESTION_SLOTS)[number]; label: string; required: boolean };

export type EventAnswers = Partial<Record<EventQuestion["id"], string>>;

/** The questions stored on an event (JSON), read defensively: anything malformed is left out. */
export function questionsOf(value: unknown): EventQuestion[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(
    (q): q is EventQuestion =>
      typeof q === "object" && q !== null && QUESTION_SLOTS.includes(q.id) && typeof q.label === "string" && typeof q.required === "boolean",
  );
}

export function answersOf(value: unknown): EventAnswers {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {};
  }
  return Object.fromEntries(Object.entries(value).filter(([key, answer]) => QUESTION_SLOTS.includes(key as never) && typeof answer === "string"));
}
