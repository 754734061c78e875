// A share as the dashboard shows it. Pure: the seed and client-safe modules use it too.

export type Rate = { count: number; of: number; rate: number };

/** count ÷ of as a percentage with one decimal; 0 when there is nothing to divide by. */
export function rateOf(count: number, of: number): Rate {
  return { count, of, rate: of ? Math.round((count / of) * 1000) / 10 : 0 };
}
