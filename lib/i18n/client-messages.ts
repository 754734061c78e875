// The parts of the catalog that client components translate with (`useTranslations` in a "use client" module or
// anything it imports). Only these travel to the browser: the root layout used to serialize the whole catalog —
// about 34,000 characters of JSON — into every page's RSC payload, and compressing and sending it was a large
// share of each request's cost. tests/unit/client-messages.test.ts fails when a client component uses a
// namespace missing here.
export const CLIENT_NAMESPACES = [
  "account",
  "alumniAdmin.bulk",
  "applicants",
  "announcements",
  "apiKeys",
  "auth",
  "avatar",
  "bounces",
  "branding",
  "broadcasts.actions",
  "broadcasts.categories",
  "broadcasts.form",
  "broadcasts.settings",
  "common",
  "emailChange",
  "emailPreferences",
  "domains",
  "errorPage",
  "events.admin",
  "events.checkIn",
  "events.form",
  "events.rsvp",
  "feed",
  "goals",
  "inbox",
  "moderation",
  "invitations",
  "join",
  "newLeavers",
  "notifications",
  "opportunities",
  "pipeline",
  "platform",
  "profile",
  "profileEdit",
  "roster",
  "segments",
  "webhooks",
  "sso",
  "setup",
  "signup",
  "surveys.actions",
  "surveys.form",
  "surveys.portal",
  "templates.editor",
  "templates.offboarding",
  "unsubscribe",
  "validation",
] as const;

type Catalog = { [key: string]: string | Catalog };

/** The catalog cut down to the namespaces above (dotted paths), nested as in the original. */
export function clientMessages(messages: Catalog, namespaces: readonly string[] = CLIENT_NAMESPACES): Catalog {
  const picked: Catalog = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let from: Catalog | string | undefined = messages;
    let to = picked;
    keys.forEach((key, index) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) {
        return;
      }
      if (index === keys.length - 1) {
        to[key] = from;
      } else {
        to = (to[key] ??= {}) as Catalog;
      }
    });
  }
  return picked;
}
