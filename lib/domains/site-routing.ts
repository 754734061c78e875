import { isIP } from "node:net";

// How a request on a company's own domain is served (decisions/032): its pages answer at the root ("/" is the
// landing page, "/events" the events), addresses with the company's slug keep working (every link the app writes
// has it), and the account-wide pages live on Kizuna's address, where signing in happens.
const SHARED = new Set(["_next", "api", "unsubscribe", "dev", "favicon.ico", "robots.txt", "sitemap.xml"]);
const ON_KIZUNA = new Set(["signin", "signup", "account", "networks", "platform"]);

export type SiteRoute = { kind: "as-is" } | { kind: "rewrite"; pathname: string } | { kind: "to-kizuna" };

export function siteRoute(pathname: string, slug: string): SiteRoute {
  const first = pathname.split("/")[1] ?? "";
  if (first === slug || SHARED.has(first)) {
    return { kind: "as-is" };
  }
  if (ON_KIZUNA.has(first)) {
    return { kind: "to-kizuna" };
  }
  return { kind: "rewrite", pathname: `/${slug}${pathname === "/" ? "" : pathname}` };
}

/** Whether a Host could be a company's domain at all (not ours, not a bare address), before asking the database. */
export function mightBeCompanyHost(hostname: string, appHostname: string | null): boolean {
  return hostname !== "" && hostname !== appHostname && hostname !== "localhost" && !isIP(hostname) && hostname.includes(".");
}

/** "alumni.example.co.jp:443" → "alumni.example.co.jp"; IPv6 literals keep their brackets out. */
export function hostnameOf(host: string | null): string {
  return (host ?? "").trim().toLowerCase().replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
}
