import { describe, expect, it } from "vitest";
import { pageOf, pageRequest, pointerOf } from "@/lib/api/pagination";
import { problem } from "@/lib/api/problem";
import { bearerSecret, hashSecret, newSecret, sameHash } from "@/lib/api/secret";

describe("REST API parts", () => {
  it("makes secrets that start with their visible prefix and are stored only as a hash", () => {
    const { secret, prefix, hash } = newSecret();
    expect(secret).toMatch(/^kz_live_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(prefix)).toBe(true);
    expect(hash).toBe(hashSecret(secret));
    expect(hash).not.toContain(secret.slice(8));
    expect(sameHash(hash, hashSecret(secret))).toBe(true);
    expect(sameHash(hash, hashSecret(`${secret}x`))).toBe(false);
    expect(sameHash(hash, "")).toBe(false);
  });

  it("reads only a Bearer header carrying a Kizuna key", () => {
    expect(bearerSecret("Bearer kz_live_abc")).toBe("kz_live_abc");
    expect(bearerSecret("bearer   kz_live_abc ")).toBe("kz_live_abc");
    expect(bearerSecret("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerSecret("Bearer someone-elses-token")).toBeNull();
    expect(bearerSecret(`Bearer kz_live_${"x".repeat(200)}`)).toBeNull();
    expect(bearerSecret(null)).toBeNull();
  });

  it("points at fields with RFC 6901 JSON Pointers, escaping ~ and /", () => {
    expect(pointerOf(["entries", 3, "email"])).toBe("/entries/3/email");
    expect(pointerOf(["tags", "a/b~c"])).toBe("/tags/a~1b~0c");
    expect(pointerOf([])).toBe("");
  });

  it("pages with an opaque cursor that names the last row shown, and none after the last page", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    const first = pageOf(rows, 2, (r) => r.id);
    expect(first.data).toEqual(["a", "b"]);
    const parsed = pageRequest(new Request(`http://x/api/v1/members?cursor=${first.next_cursor}&limit=2`));
    expect(parsed).toEqual({ ok: true, page: { after: "b", limit: 2 } });
    expect(pageOf(rows.slice(2), 2, (r) => r.id).next_cursor).toBeNull();
  });

  it("answers problems as application/problem+json, 401s with a Bearer challenge", async () => {
    const response = problem("unauthorized", "Send an API key.");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="kizuna"');
    expect(await response.json()).toEqual({ type: "/docs/api#problem-unauthorized", title: "Missing or invalid API key", status: 401, detail: "Send an API key." });
  });
});
