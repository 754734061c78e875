import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/actions/safe-redirect";

describe("redirect after sign-in", () => {
  it("returns to a page of this site", () => {
    expect(safeCallbackPath("/demo/people/abc?x=1")).toBe("/demo/people/abc?x=1");
  });

  it("never sends anyone to another site", () => {
    for (const hostile of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
      expect(safeCallbackPath(hostile)).toBe("/networks");
    }
  });
});
