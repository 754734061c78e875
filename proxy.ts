import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path to server components (layouts cannot read it), so a signed-out visitor can be sent
// to sign-in and back, and the tenant slug can pick the default language.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-kizuna-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health|api/ready).*)"],
};
