import { db } from "@/lib/db";

// Which company a request's Host stands for: asked by proxy.ts on every request for a host that is not Kizuna's
// own, so answers (including "none") are kept for a short while. Removing or replacing an address forgets it at
// once in this process; other processes follow within the TTL.
const TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;
const cache = new Map<string, { slug: string | null; at: number }>();

export async function tenantSlugForHost(hostname: string): Promise<string | null> {
  const hit = cache.get(hostname);
  if (hit && Date.now() - hit.at < TTL_MS) {
    return hit.slug;
  }
  const domain = await db.tenantDomain.findFirst({
    where: { hostname, verifiedAt: { not: null } },
    select: { tenant: { select: { slug: true } } },
  });
  const slug = domain?.tenant.slug ?? null;
  if (cache.size >= MAX_ENTRIES) {
    // Random Host headers must not grow memory: drop the oldest answer.
    cache.delete(cache.keys().next().value!);
  }
  cache.set(hostname, { slug, at: Date.now() });
  return slug;
}

export function forgetHost(hostname: string) {
  cache.delete(hostname);
}
