const JAPANESE_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** What stands in for a missing photo: 佐藤 花子 → 佐 (the family name's first character), Emily Carter → EC. */
export function initialsOf(name: string): string {
  const [first, second] = name.trim().split(/\s+/).filter(Boolean);
  if (!first) {
    return "?";
  }
  const initial = (word: string) => String.fromCodePoint(word.codePointAt(0) ?? 63);
  if (JAPANESE_START.test(first)) {
    return initial(first);
  }
  return [first, second].filter((word): word is string => Boolean(word)).map((word) => initial(word).toUpperCase()).join("");
}
