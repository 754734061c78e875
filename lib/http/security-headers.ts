// The security headers every page and route answers with (set by proxy.ts; decision 019). Pure, so a test can
// check the policy without a server.

export type Deployment = {
  /** `next start` / a deployed build (NODE_ENV=production), as opposed to `next dev`. */
  production: boolean;
  /** The request reached us over HTTPS (directly or, behind a proxy, per X-Forwarded-Proto). */
  https: boolean;
};

/** A fresh, unguessable nonce for one response's scripts (128 bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy for one response. Scripts run only with this response's nonce ('strict-dynamic'
 * lets Next's nonce'd bootstrap load its own chunks), never inline or injected. Styles: our CSS is a same-origin
 * file, but React renders `style` attributes (progress bars, charts), which only 'unsafe-inline' permits — and a
 * nonce in style-src would switch 'unsafe-inline' off, so styles carry none. `next dev` needs eval for React's
 * error overlays.
 */
export function contentSecurityPolicy(nonce: string, deployment: Deployment): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${deployment.production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(deployment.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** All the security headers of one response, CSP included. */
export function securityHeaders(nonce: string, deployment: Deployment): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, deployment),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "X-Content-Type-Options": "nosniff",
    // Older browsers that ignore frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain HTTP, and a local `next start` on http://localhost must stay reachable.
    ...(deployment.production && deployment.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Whether the request came over HTTPS: its own URL, or the first X-Forwarded-Proto of a TLS-terminating proxy. */
export function cameOverHttps(url: URL, forwardedProto: string | null): boolean {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return proto ? proto === "https" : url.protocol === "https:";
}
