import { safeCallbackPath } from "@/lib/actions/safe-redirect";
import { appOrigin } from "@/lib/domains/app-origin";
import { tenantSlugForHost } from "@/lib/domains/lookup";
import { hostnameOf } from "@/lib/domains/site-routing";

/**
 * On a company's domain, the pages that live on Kizuna's address (proxy.ts sends them here, with the path asked
 * for in x-kizuna-path, which the proxy always sets itself): sign-in goes there with a way back — the pass route
 * carries the new session to this domain (decisions/032) — and account pages simply move there.
 */
export async function GET(request: Request) {
  const host = request.headers.get("host") ?? "";
  const slug = await tenantSlugForHost(hostnameOf(host));
  if (!slug) {
    return new Response(null, { status: 404 });
  }
  const asked = new URL(safeCallbackPath(request.headers.get("x-kizuna-path"), "/"), "http://site");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || new URL(request.url).protocol.replace(":", "");
  let target = new URL(`${asked.pathname}${asked.search}`, appOrigin());
  if (asked.pathname === "/signin" || asked.pathname.startsWith("/signin/")) {
    const back = new URL(safeCallbackPath(asked.searchParams.get("callbackUrl"), `/${slug}`), `${proto}://${host}`);
    target = new URL("/signin", appOrigin());
    target.searchParams.set("callbackUrl", `/api/domains/pass?to=${encodeURIComponent(back.href)}`);
  }
  return new Response(null, { status: 303, headers: { location: target.href } });
}
