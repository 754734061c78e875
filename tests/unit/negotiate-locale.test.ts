import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, negotiateLocale } from "@/lib/i18n/negotiate";

describe("language negotiation", () => {
  it("prefers the signed-in user's saved language over everything else", () => {
    expect(negotiateLocale({ userLocale: "en", cookieLocale: "ja", acceptLanguage: "ja", tenantDefault: "ja" })).toBe("en");
  });

  it("uses the switcher's cookie for visitors before the browser's languages", () => {
    expect(negotiateLocale({ cookieLocale: "en", acceptLanguage: "ja-JP,ja;q=0.9" })).toBe("en");
  });

  it("reads Accept-Language by quality and base language", () => {
    expect(fromAcceptLanguage("fr-FR,en-US;q=0.8,ja;q=0.9")).toBe("ja");
    expect(fromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(fromAcceptLanguage("de,fr;q=0.5")).toBeNull();
  });

  it("falls back to the company's default, then Japanese", () => {
    expect(negotiateLocale({ acceptLanguage: "de", tenantDefault: "en" })).toBe("en");
    expect(negotiateLocale({})).toBe("ja");
  });

  it("ignores values that are not supported languages", () => {
    expect(negotiateLocale({ userLocale: "fr", cookieLocale: "xx", acceptLanguage: "en" })).toBe("en");
  });
});
