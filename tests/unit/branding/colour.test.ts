import { describe, expect, it } from "vitest";
import { accentOf, BRAND_SHADES, brandCssVariables, brandScale, contrastRatio, needsDarkening, relativeLuminance } from "@/lib/branding/colour";

describe("WCAG contrast maths", () => {
  it("gives the luminance of white, black and a mid grey", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 5);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 4);
  });

  it("matches the ratios every contrast checker publishes", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#0000ff", "#ffffff")).toBeCloseTo(8.59, 2);
    expect(contrastRatio("#ff0000", "#ffffff")).toBeCloseTo(4.0, 2);
  });

  it("does not care which colour comes first", () => {
    expect(contrastRatio("#ffffff", "#1d4ed8")).toBe(contrastRatio("#1d4ed8", "#ffffff"));
  });
});

describe("the company's shades", () => {
  it("keeps a colour that is already readable as its 700", () => {
    expect(needsDarkening("#1d4ed8")).toBe(false);
    expect(brandScale("#1d4ed8")[700]).toBe("#1d4ed8");
    expect(accentOf("#0f766e")).toBe("#0f766e");
  });

  it("darkens a colour too light for white text until it reaches AA, keeping its hue", () => {
    expect(needsDarkening("#ffd700")).toBe(true);
    const scale = brandScale("#ffd700");
    expect(contrastRatio(scale[700], "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(scale[700], "#ffffff")).toBeLessThan(4.7);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(scale[700].slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(b!);
    expect(g).toBeGreaterThan(b!);
  });

  it.each(["#ffd700", "#ffffff", "#000000", "#00ff00", "#1d4ed8", "#b45309", "#ff69b4"])("keeps buttons, links and tints readable for %s", (color) => {
    const scale = brandScale(color);
    for (const shade of [600, 700, 800, 900] as const) {
      expect(contrastRatio(scale[shade], "#ffffff")).toBeGreaterThanOrEqual(4.5);
    }
    for (const tint of [50, 100] as const) {
      expect(contrastRatio(scale[tint], scale[800])).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("sets one CSS variable per shade, and none without a colour", () => {
    const vars = brandCssVariables("#1d4ed8")!;
    expect(Object.keys(vars)).toEqual(BRAND_SHADES.map((s) => `--color-brand-${s}`));
    expect(vars["--color-brand-700"]).toBe("#1d4ed8");
    expect(brandCssVariables(null)).toBeUndefined();
    expect(accentOf(null)).toBe("#b45309");
  });
});
