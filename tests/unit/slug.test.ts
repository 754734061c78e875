import { describe, expect, it } from "vitest";
import { slugSchema } from "@/lib/tenancy/slug";

const problem = (slug: string) => {
  const result = slugSchema.safeParse(slug);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("company address (slug)", () => {
  it("accepts lowercase letters, digits and inner hyphens, normalising case", () => {
    expect(slugSchema.parse("Kanade-Tech")).toBe("kanade-tech");
    expect(problem("acme2026")).toBeNull();
  });

  it("refuses the app's own top-level paths", () => {
    for (const reserved of ["admin", "api", "platform", "signup", "signin", "dev"]) {
      expect(problem(reserved)).toBe(reserved.length < 3 ? "slugTooShort" : "slugReserved");
    }
  });

  it("explains what is wrong with a malformed address", () => {
    expect(problem("ab")).toBe("slugTooShort");
    expect(problem("-acme")).toBe("slugFormat");
    expect(problem("acme corp")).toBe("slugFormat");
    expect(problem("かなで")).toBe("slugFormat");
    expect(problem("a".repeat(41))).toBe("slugTooLong");
  });
});
