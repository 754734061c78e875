import { Prisma } from "@/lib/generated/prisma/client";

// A query's words: every one must match (Japanese is typed without spaces, so a word is often a whole phrase).
// Full-width spaces count as spaces; more than a handful of words narrows nothing further.
const MAX_TERMS = 6;

export function searchTerms(q: string | undefined): string[] {
  if (!q) {
    return [];
  }
  return q.normalize("NFKC").split(/\s+/u).filter(Boolean).slice(0, MAX_TERMS);
}

/**
 * An ILIKE pattern for the term, folded in SQL exactly as the stored search text is (kizuna_fold: NFKC, lower case,
 * katakana → hiragana) and with LIKE's own characters escaped, so "100%" or "a_b" mean themselves.
 */
export function containsPattern(term: string): Prisma.Sql {
  return Prisma.sql`('%' || replace(replace(replace(kizuna_fold(${term}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`;
}

/** Whether the bigram index can narrow a term: it needs two characters (one is looked for by scanning). */
export function indexable(term: string): boolean {
  return [...term].length >= 2;
}
