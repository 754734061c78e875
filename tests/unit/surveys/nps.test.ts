import { describe, expect, it } from "vitest";
import { npsOf } from "@/lib/surveys/nps";
import { checkAnswers } from "@/lib/surveys/answer-check";

describe("NPS", () => {
  it("is % promoters minus % detractors, worked out by hand", () => {
    // 4 promoters (9, 10, 10, 9), 3 passives (7, 8, 8), 3 detractors (0, 5, 6): (4 − 3) / 10 = +10.
    const summary = npsOf([9, 10, 10, 9, 7, 8, 8, 0, 5, 6]);
    expect(summary).toMatchObject({ responses: 10, promoters: 4, passives: 3, detractors: 3, score: 10 });
    expect(summary.distribution).toEqual([1, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(npsOf([0, 3]).score).toBe(-100);
    expect(npsOf([]).score).toBeNull();
  });
});

describe("checking answers against the questions", () => {
  const questions = [
    { id: "n", kind: "NPS" as const, options: [], required: true },
    { id: "s", kind: "SINGLE" as const, options: ["東京", "大阪"], required: true },
    { id: "m", kind: "MULTIPLE" as const, options: ["a", "b", "c"], required: false },
    { id: "t", kind: "TEXT" as const, options: [], required: false },
  ];

  it("takes valid answers, skipping optional ones left empty", () => {
    expect(checkAnswers(questions, { a_n: "9", a_s: "大阪", a_m: ["a", "c"], a_t: "" })).toEqual({
      ok: true,
      answers: [
        { questionId: "n", score: 9, choices: [], text: null },
        { questionId: "s", score: null, choices: ["大阪"], text: null },
        { questionId: "m", score: null, choices: ["a", "c"], text: null },
      ],
    });
  });

  it("names each missing or forged answer", () => {
    expect(checkAnswers(questions, { a_n: "11", a_m: ["a", "z"] })).toEqual({ ok: false, errors: { a_n: "invalid", a_s: "required", a_m: "invalid" } });
    expect(checkAnswers(questions, { a_n: "3.5", a_s: ["東京", "大阪"] })).toEqual({ ok: false, errors: { a_n: "invalid", a_s: "invalid" } });
  });
});
