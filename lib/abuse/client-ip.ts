import "server-only";

/**
 * The caller's network address for rate limits: the first X-Forwarded-For entry (set by Next.js and by the proxy in
 * front of it), else X-Real-IP, else "unknown" — all unknown callers then share one counter, which errs on the side
 * of limiting.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip")?.trim() || "unknown").slice(0, 64);
}
