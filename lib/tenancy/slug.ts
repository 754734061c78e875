import { z } from "zod";

// Paths the app owns at the top level, plus words that would confuse people as a company's address.
export const RESERVED_SLUGS = new Set([
  "admin", "api", "app", "auth", "dev", "docs", "help", "login", "logout", "platform", "pricing",
  "privacy", "settings", "signin", "signout", "signup", "static", "status", "support", "terms",
  "_next", "favicon.ico", "robots.txt", "sitemap.xml", "www", "mail", "kizuna", "new", "join", "networks", "me", "account", "unsubscribe",
]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { error: "slugTooShort" })
  .max(40, { error: "slugTooLong" })
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, { error: "slugFormat" })
  .refine((slug) => !RESERVED_SLUGS.has(slug), { error: "slugReserved" });

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug.toLowerCase());
}
