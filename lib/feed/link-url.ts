// The first web link in a post's text (Markdown links included), the one its preview card shows.
const URL_PATTERN = /https?:\/\/[^\s<>()\[\]"'`]+/i;

export function firstLink(body: string): string | null {
  const match = URL_PATTERN.exec(body);
  if (!match) {
    return null;
  }
  const candidate = match[0].replace(/[.,;:!?。、)]+$/u, "");
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString().slice(0, 2000) : null;
  } catch {
    return null;
  }
}
