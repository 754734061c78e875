// How an event's time reads: in the event's timezone, in the reader's language, with the zone named when it is
// not the reader's own (an alumnus abroad sees "JST").

export function formatEventRange(startsAt: Date, endsAt: Date, timeZone: string, locale: string): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "full" });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  const time0 = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" });
  const sameDay = date.format(startsAt) === date.format(endsAt);
  if (sameDay) {
    return `${date.format(startsAt)} ${time0.format(startsAt)}–${time.format(endsAt)}`;
  }
  return `${date.format(startsAt)} ${time0.format(startsAt)} – ${date.format(endsAt)} ${time.format(endsAt)}`;
}

export function formatEventDate(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(instant);
}

/** A map link for an address when HR gave none. */
export function mapLinkFor(address: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}
