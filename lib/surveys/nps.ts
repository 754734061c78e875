// Net Promoter Score: % promoters (9–10) minus % detractors (0–6), a whole number from −100 to 100.

export type NpsSummary = { responses: number; promoters: number; passives: number; detractors: number; score: number | null; distribution: number[] };

export function npsOf(scores: number[]): NpsSummary {
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const s of scores) {
    distribution[s] = (distribution[s] ?? 0) + 1;
  }
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const passives = scores.length - promoters - detractors;
  const score = scores.length ? Math.round(((promoters - detractors) / scores.length) * 100) : null;
  return { responses: scores.length, promoters, passives, detractors, score, distribution };
}
