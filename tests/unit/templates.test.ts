import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS, TEMPLATE_SPECS } from "@/lib/templates/catalog";
import { fillTemplate, unknownPlaceholders } from "@/lib/templates/fill";
import { templateSchema } from "@/lib/templates/schema";
import { parseSurveyTemplate } from "@/lib/templates/survey-template";

describe("template defaults and placeholders", () => {
  it("ships a valid default for every template in both languages, never calling the network a talent pool", () => {
    for (const key of TEMPLATE_KEYS) {
      for (const locale of ["ja", "en"] as const) {
        const wording = DEFAULT_TEMPLATES[key][locale];
        expect(templateSchema.safeParse({ key, locale, subject: wording.subject ?? undefined, body: wording.body }).success, `${key}/${locale}`).toBe(true);
        expect(Boolean(wording.subject)).toBe(TEMPLATE_SPECS[key].subject);
        expect(`${wording.subject} ${wording.body}`).not.toMatch(/talent pool|人材プール/i);
      }
    }
  });

  it("fills placeholders in one pass, escaping values in Markdown but not the link Kizuna built", () => {
    const text = fillTemplate("{name} さん: [開く]({link}) {name}", { name: "[x](javascript:1) {link}", link: "https://k.example/a-b_c" }, "markdown");
    expect(text).toBe("\\[x\\]\\(javascript:1\\) \\{link\\} さん: [開く](https://k.example/a-b_c) \\[x\\]\\(javascript:1\\) \\{link\\}");
    expect(fillTemplate("{name} {link}", { name: "{link}", link: "L" }, "plain")).toBe("{link} L");
    expect(unknownPlaceholders("offboarding", "{company} {link} {name}")).toEqual(["name"]);
  });

  it("reads a survey template's introduction and questions", () => {
    const draft = parseSurveyTemplate("ご協力のお願い\n\nNPS: すすめますか？\nONE: 理由 | 待遇 | 仕事内容\nMANY：条件 | A | B\nQ: ご自由に");
    expect(draft.intro).toBe("ご協力のお願い");
    expect(draft.questions).toEqual([
      { kind: "NPS", prompt: "すすめますか？", options: [] },
      { kind: "SINGLE", prompt: "理由", options: ["待遇", "仕事内容"] },
      { kind: "MULTIPLE", prompt: "条件", options: ["A", "B"] },
      { kind: "TEXT", prompt: "ご自由に", options: [] },
    ]);
  });
});
