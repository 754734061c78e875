import { describe, expect, it } from "vitest";
import { isReservedHostname, normalizeHostname } from "@/lib/domains/hostname";
import { hostnameOf, mightBeCompanyHost, siteRoute } from "@/lib/domains/site-routing";

describe("a company's domain as typed", () => {
  it("is written the way DNS and the Host header write it", () => {
    expect(normalizeHostname(" https://Alumni.Example.co.jp./login ")).toBe("alumni.example.co.jp");
    expect(normalizeHostname("同窓会.example.jp")).toBe("xn--6oq63jo03b.example.jp");
    for (const bad of ["", "example", "a..b.jp", "-x.jp", "x-.jp", "1.2.3.4", "host:8080", "user@host.jp", "x.123"]) {
      expect(normalizeHostname(bad), bad).toBeNull();
    }
  });

  it("may not be Kizuna's own address or a name that only means this machine", () => {
    expect(isReservedHostname("kizuna.app", "kizuna.app")).toBe(true);
    expect(isReservedHostname("acme.kizuna.app", "kizuna.app")).toBe(true);
    expect(isReservedHostname("alumni.localhost", null)).toBe(true);
    expect(isReservedHostname("alumni.example.co.jp", "kizuna.app")).toBe(false);
  });
});

describe("a request on a company's domain", () => {
  it("serves the company's pages from the root, keeps slugged and shared paths, and sends account pages to Kizuna", () => {
    expect(siteRoute("/", "acme")).toEqual({ kind: "rewrite", pathname: "/acme" });
    expect(siteRoute("/events/42", "acme")).toEqual({ kind: "rewrite", pathname: "/acme/events/42" });
    expect(siteRoute("/acme/events", "acme")).toEqual({ kind: "as-is" });
    expect(siteRoute("/_next/static/x.js", "acme")).toEqual({ kind: "as-is" });
    expect(siteRoute("/api/domains/session", "acme")).toEqual({ kind: "as-is" });
    // Another company's slug under this domain is a page of this company that does not exist: a 404.
    expect(siteRoute("/other/admin", "acme")).toEqual({ kind: "rewrite", pathname: "/acme/other/admin" });
    for (const path of ["/signin", "/signup", "/account", "/networks", "/platform/tenants"]) {
      expect(siteRoute(path, "acme"), path).toEqual({ kind: "to-kizuna" });
    }
  });

  it("looks a host up only when it could be a company's", () => {
    expect(hostnameOf("Alumni.Example.co.jp:443")).toBe("alumni.example.co.jp");
    expect(mightBeCompanyHost("alumni.example.co.jp", "kizuna.app")).toBe(true);
    for (const host of ["kizuna.app", "localhost", "127.0.0.1", "::1", "internal"]) {
      expect(mightBeCompanyHost(host, "kizuna.app"), host).toBe(false);
    }
  });
});
