import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { report } from "./figures";

// The security headers, as proxy.ts sets them on every page and route (the e2e suite checks a real response and
// that pages run under the policy without a violation: tests/e2e/security-headers.spec.ts).

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

function respond(url: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(url, { headers }));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("security headers", () => {
  it("sends a nonce-based CSP with no inline scripts, no framing, no plugins, and the usual hardening headers", async ({ task }) => {
    vi.stubEnv("NODE_ENV", "production");
    const checks: [string, boolean][] = [];
    const check = (name: string, ok: boolean) => checks.push([name, ok]);
    const response = await respond("https://kizuna.example/demo/directory", { "x-forwarded-proto": "https" });
    const policy = response.headers.get("content-security-policy") ?? "";
    const csp = directives(policy);
    const script = csp.get("script-src") ?? [];
    const nonce = script.find((s) => s.startsWith("'nonce-"))?.slice(7, -1) ?? "";

    check("script-src has a nonce of 128 bits or more", Buffer.from(nonce, "base64").length >= 16);
    check("script-src is 'strict-dynamic'", script.includes("'strict-dynamic'"));
    check("no 'unsafe-inline' scripts", !script.includes("'unsafe-inline'") && !(csp.get("default-src") ?? []).includes("'unsafe-inline'"));
    check("no 'unsafe-eval' in production", !script.includes("'unsafe-eval'"));
    check("frame-ancestors 'none'", csp.get("frame-ancestors")?.join(" ") === "'none'");
    check("object-src 'none'", csp.get("object-src")?.join(" ") === "'none'");
    check("base-uri 'self'", csp.get("base-uri")?.join(" ") === "'self'");
    check("form-action 'self'", csp.get("form-action")?.join(" ") === "'self'");
    check("default-src 'self'", csp.get("default-src")?.join(" ") === "'self'");
    check("HTTPS upgrades insecure requests", csp.has("upgrade-insecure-requests"));
    check("Strict-Transport-Security for two years with subdomains", response.headers.get("strict-transport-security") === "max-age=63072000; includeSubDomains");
    check("Referrer-Policy", response.headers.get("referrer-policy") === "strict-origin-when-cross-origin");
    check("Permissions-Policy denies camera, microphone and location", /camera=\(\).*microphone=\(\).*geolocation=\(\)/.test(response.headers.get("permissions-policy") ?? ""));
    check("X-Content-Type-Options nosniff", response.headers.get("x-content-type-options") === "nosniff");
    check("X-Frame-Options DENY", response.headers.get("x-frame-options") === "DENY");
    // Next.js reads the nonce from the request's CSP and puts it on its own scripts: the page gets the same one.
    check("the page renders with the response's policy", response.headers.get("x-middleware-request-content-security-policy") === policy);
    check("the page knows the nonce", response.headers.get("x-middleware-request-x-nonce") === nonce);

    report(task, { "header checks": checks.length, "header failures": checks.filter(([, ok]) => !ok).length });
    expect(checks.filter(([, ok]) => !ok).map(([name]) => name)).toEqual([]);
  });

  it("gives every response its own nonce", async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => respond("https://kizuna.example/")));
    const nonces = new Set(responses.map((response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1]));
    expect(nonces.size).toBe(50);
  });

  it("sends HSTS only from a production build reached over HTTPS, so a local http://localhost stays reachable", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect((await respond("http://localhost:3000/")).headers.get("strict-transport-security")).toBeNull();
    expect((await respond("http://localhost:3000/")).headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect((await respond("http://internal:3000/", { "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toContain("max-age=");
    vi.stubEnv("NODE_ENV", "development");
    expect((await respond("https://kizuna.example/")).headers.get("strict-transport-security")).toBeNull();
    // React's development build needs eval for its error overlay; production never gets it.
    expect((await respond("https://kizuna.example/")).headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });

  it("still tells pages which path was asked for", async () => {
    expect((await respond("https://kizuna.example/demo/events?tab=past")).headers.get("x-middleware-request-x-kizuna-path")).toBe("/demo/events?tab=past");
  });
});
