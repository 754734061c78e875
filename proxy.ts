import { NextResponse, type NextRequest } from "next/server";
import { cameOverHttps, contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

// Every request: passes the requested path to server components (layouts cannot read it), so a signed-out
// visitor can be sent to sign-in and back and the tenant slug can pick the default language; and sets the
// security headers, with a fresh script nonce that Next.js reads from the request's CSP and puts on its own
// scripts (decision 019: this is why every page renders per request).
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const deployment = { production: process.env.NODE_ENV === "production", https: cameOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto")) };
  const headers = securityHeaders(nonce, deployment);
  const forwarded = new Headers(request.headers);
  forwarded.set("x-kizuna-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", contentSecurityPolicy(nonce, deployment));
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/ready).*)"],
};
