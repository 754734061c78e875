// Dates as Japanese HR exports write them: 2015/4/1, 2015-04-01, 2015年4月1日, 令和2年4月1日, R2.4.1, H27/4/1,
// and Excel's serial day numbers. Returns a UTC midnight Date, or null when the text is not a real date.
const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };

function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 2200 ? date : null;
}

export function parseRosterDate(raw: string): Date | null {
  const text = raw.normalize("NFKC").trim();
  if (!text) {
    return null;
  }
  const western = text.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/);
  if (western) {
    return calendarDate(Number(western[1]), Number(western[2]), Number(western[3]));
  }
  const era = text.match(/^(令和|平成|昭和|[RHS])\s*(\d{1,2}|元)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/i);
  if (era) {
    const offset = ERAS[era[1]!.toUpperCase()] ?? ERAS[era[1]!]!;
    const year = era[2] === "元" ? 1 : Number(era[2]);
    return calendarDate(offset + year, Number(era[3]), Number(era[4]));
  }
  if (/^\d{5}$/.test(text)) {
    // Excel's serial date: days since 1899-12-30 (its 1900 leap-year bug included).
    const serial = Number(text);
    return serial > 20000 && serial < 80000 ? new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000) : null;
  }
  return null;
}
