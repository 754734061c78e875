// The company's colour and the shades the portal and emails draw from it (decisions/030). Pure, so the settings
// form's live preview and the server compute the same shades, and a unit test can check the maths.

export const KIZUNA_COLOR = "#b45309";
export const AA_NORMAL_TEXT = 4.5;

export const BRAND_SHADES = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900] as const;
export type BrandShade = (typeof BRAND_SHADES)[number];
export type BrandScale = Record<BrandShade, string>;

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

export const isHexColor = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

function parse(hex: string): Rgb {
  if (!isHexColor(hex)) {
    throw new Error(`not a #rrggbb colour: ${hex}`);
  }
  return [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16)) as Rgb;
}

const format = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** WCAG 2 relative luminance of a #rrggbb colour (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 … 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `rgb` moved towards `to` by `amount` (0 … 1), channel by channel. */
function mix(rgb: Rgb, to: Rgb, amount: number): Rgb {
  return rgb.map((c, i) => c + (to[i]! - c) * amount) as Rgb;
}

/** The least darkening (mixing in black) that gives white text on the colour at least `ratio`. */
function darkenUntil(rgb: Rgb, ratio: number): Rgb {
  if (contrastRatio(format(rgb), "#ffffff") >= ratio) {
    return rgb;
  }
  let low = 0;
  let high = 1;
  for (let i = 0; i < 20; i++) {
    const middle = (low + high) / 2;
    if (contrastRatio(format(mix(rgb, BLACK, middle)), "#ffffff") >= ratio) {
      high = middle;
    } else {
      low = middle;
    }
  }
  return mix(rgb, BLACK, high);
}

/**
 * The company's ten shades, Tailwind's names. 700 is the colour itself when white text on it (and it as text on
 * white) reaches AA 4.5:1, otherwise the colour darkened just enough; 600–900 all reach AA against white, so
 * buttons (white on 600/700) and links (800 on white) stay readable whatever was picked. 50–300 are tints for
 * backgrounds, light enough that 800/900 text on them reaches AA too.
 */
export function brandScale(hex: string): BrandScale {
  const base = darkenUntil(parse(hex), AA_NORMAL_TEXT);
  const dark = (amount: number) => format(darkenUntil(mix(base, BLACK, amount), AA_NORMAL_TEXT));
  const text800 = dark(0.2);
  const tint = (amount: number) => {
    let shade = mix(base, WHITE, amount);
    // Keep 800 text readable on the tint: lighten it further if a dark colour left it too deep.
    while (contrastRatio(format(shade), text800) < AA_NORMAL_TEXT && amount < 1) {
      amount = Math.min(1, amount + 0.02);
      shade = mix(base, WHITE, amount);
    }
    return format(shade);
  };
  return {
    50: tint(0.94),
    100: tint(0.86),
    200: tint(0.72),
    300: tint(0.55),
    400: format(mix(base, WHITE, 0.35)),
    500: format(mix(base, WHITE, 0.15)),
    600: format(darkenUntil(mix(base, WHITE, 0.1), AA_NORMAL_TEXT)),
    700: format(base),
    800: text800,
    900: dark(0.38),
  };
}

/** Whether the colour was too light for text and 700 is a darker shade of it (the form says so). */
export function needsDarkening(hex: string): boolean {
  return contrastRatio(hex, "#ffffff") < AA_NORMAL_TEXT;
}

/** The colour that carries white text and links in emails: the company's 700, or Kizuna's amber. */
export function accentOf(color: string | null | undefined): string {
  return color && isHexColor(color) ? brandScale(color)[700] : KIZUNA_COLOR;
}

/** The CSS custom properties that re-colour Tailwind's `brand-*` utilities below the element that carries them. */
export function brandCssVariables(color: string | null | undefined): Record<string, string> | undefined {
  if (!color || !isHexColor(color)) {
    return undefined;
  }
  const scale = brandScale(color);
  return Object.fromEntries(BRAND_SHADES.map((shade) => [`--color-brand-${shade}`, scale[shade]]));
}
