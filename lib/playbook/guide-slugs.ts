// The knowledge centre's guides (content/guides/{ja,en}/<slug>.md). Listed in code so a health suggestion can only
// name a guide that exists; tests/integration/guides.test.ts checks each has its file in both languages.
export const GUIDE_SLUGS = ["first-100-sign-ups", "keeping-alumni-active", "first-meetup", "alumni-feedback", "what-not-to-do"] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export const isGuideSlug = (value: string): value is GuideSlug => (GUIDE_SLUGS as readonly string[]).includes(value);
