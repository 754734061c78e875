import { describe, expect, it } from "vitest";
import { echoValues, formValues } from "@/lib/actions/result";

describe("form values", () => {
  it("keeps every value of a repeated field (checkbox groups, multi-selects)", () => {
    const form = new FormData();
    form.append("skills", "TypeScript");
    form.append("skills", "採用");
    form.append("name", "佐藤");
    form.append("$ACTION_ID_abc", "");
    expect(formValues(form)).toEqual({ skills: ["TypeScript", "採用"], name: "佐藤" });
  });

  it("never echoes a password back to the page", () => {
    expect(echoValues({ email: "a@example.com", ownerPassword: "secret", password: "secret" })).toEqual({ email: "a@example.com" });
  });
});
