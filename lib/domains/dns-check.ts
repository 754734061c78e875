import { Resolver } from "node:dns/promises";

// Where the proof lives: a TXT record on a name of its own, so it never collides with the site's other records
// (SPF, other services' proofs) and can stay after verification.
export const CHALLENGE_PREFIX = "_kizuna-challenge";
export const challengeName = (hostname: string) => `${CHALLENGE_PREFIX}.${hostname}`;
export const challengeValue = (token: string) => `kizuna-domain-verification=${token}`;

export type DnsCheck = { ok: true } | { ok: false; reason: "notFound" | "mismatch" | "dnsError" };

// The resolver asks the system's DNS servers, or KIZUNA_DNS_SERVERS ("127.0.0.1:5353,…") — how tests point it at a
// DNS server they run, and how an operator can insist on a public resolver instead of a caching one.
function resolver(): Resolver {
  const dns = new Resolver({ timeout: 3_000, tries: 2 });
  const servers = process.env.KIZUNA_DNS_SERVERS?.split(",").map((s) => s.trim()).filter(Boolean);
  if (servers?.length) {
    dns.setServers(servers);
  }
  return dns;
}

/** Whether the domain's challenge TXT record holds this token (records split in 255-byte strings are joined). */
export async function checkChallenge(hostname: string, token: string): Promise<DnsCheck> {
  let records: string[][];
  try {
    records = await resolver().resolveTxt(challengeName(hostname));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOTFOUND" || code === "ENODATA" ? "notFound" : "dnsError" };
  }
  if (records.length === 0) {
    return { ok: false, reason: "notFound" };
  }
  return records.some((chunks) => chunks.join("").trim() === challengeValue(token)) ? { ok: true } : { ok: false, reason: "mismatch" };
}
