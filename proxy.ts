import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/actions/safe-redirect";
import { appHostname, appOrigin } from "@/lib/domains/app-origin";
import { tenantSlugForHost } from "@/lib/domains/lookup";
import { hostnameOf, mightBeCompanyHost, siteRoute } from "@/lib/domains/site-routing";
import { cameOverHttps, contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

// Every request: passes the requested path to server components (layouts cannot read it), so a signed-out
// visitor can be sent to sign-in and back and the tenant slug can pick the default language; and sets the
// security headers, with a fresh script nonce that Next.js reads from the request's CSP and puts on its own
// scripts (decision 019: this is why every page renders per request).
export async function proxy(request: NextRequest) {
  const site = await companySite(request);
  if (site?.kind === "redirect") {
    return site.response;
  }
  const nonce = newNonce();
  const deployment = { production: process.env.NODE_ENV === "production", https: cameOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto")) };
  const headers = securityHeaders(nonce, deployment);
  const forwarded = new Headers(request.headers);
  const pathname = site?.kind === "rewrite" ? site.pathname : request.nextUrl.pathname;
  forwarded.set("x-kizuna-path", `${pathname}${request.nextUrl.search}`);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", contentSecurityPolicy(nonce, deployment));
  const response =
    site?.kind === "rewrite"
      ? NextResponse.rewrite(new URL(`${pathname}${request.nextUrl.search}`, request.nextUrl), { request: { headers: forwarded } })
      : NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value);
  }
  return response;
}

// A request on a company's own, verified domain (decisions/032): served as that company's site, or sent to Kizuna's
// address for what happens there (signing in — with a pass back to this domain — and account-wide pages).
async function companySite(request: NextRequest): Promise<{ kind: "redirect"; response: NextResponse } | { kind: "rewrite"; pathname: string } | null> {
  const hostname = hostnameOf(request.headers.get("host"));
  if (!hostname || !mightBeCompanyHost(hostname, appHostname())) {
    return null;
  }
  const slug = await tenantSlugForHost(hostname);
  if (!slug) {
    return null;
  }
  const route = siteRoute(request.nextUrl.pathname, slug);
  if (route.kind === "as-is") {
    return null;
  }
  if (route.kind === "rewrite") {
    return route;
  }
  const here = `${cameOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto")) ? "https" : "http"}://${request.headers.get("host")}`;
  let target = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, appOrigin());
  if (route.signIn) {
    // Back here after signing in: the pass route turns the new session into one for this domain.
    const back = new URL(safeCallbackPath(request.nextUrl.searchParams.get("callbackUrl"), `/${slug}`), here);
    target = new URL("/signin", appOrigin());
    target.searchParams.set("callbackUrl", `/api/domains/pass?to=${encodeURIComponent(back.href)}`);
  }
  return { kind: "redirect", response: NextResponse.redirect(target, 303) };
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/ready).*)"],
};
