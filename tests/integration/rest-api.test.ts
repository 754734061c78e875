import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as events } from "@/app/api/v1/events/route";
import { GET as members } from "@/app/api/v1/members/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as pipelineItems } from "@/app/api/v1/pipeline-items/route";
import { POST as roster } from "@/app/api/v1/roster/route";
import { consume } from "@/lib/abuse/limits";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/api-keys";
import { hashSecret } from "@/lib/api/secret";
import { db } from "@/lib/db";
import { apiRequest, createApiKey } from "../support/api-keys";
import { createEvent } from "../support/events";
import { caller, outcomeOf } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";
import { createPosting } from "../support/opportunities";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Problem = { type: string; title: string; status: number; detail: string; errors?: { pointer?: string; parameter?: string; detail: string }[] };

async function company(label: string) {
  const tenant = await createTenant({ name: `${label}商事株式会社` });
  const alumni = [];
  for (let i = 0; i < 3; i++) {
    alumni.push(await createAlumnus(tenant.id, { displayName: `${label} 卒業生 ${i}` }));
  }
  const event = await createEvent(tenant.id, { title: `${label} 交流会` });
  const posting = await createPosting(tenant.id, { title: `${label} 求人` });
  const interest = await db.interest.create({ data: { tenantId: tenant.id, kind: "POSTING", postingId: posting.id, membershipId: alumni[0]!.membership.id } });
  await db.rosterEntry.create({ data: { tenantId: tenant.id, name: `${label} 名簿`, employeeNumber: "E-1", email: `e1-${tenant.slug}@example.com` } });
  return { tenant, alumni, event, interest };
}

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as Problem;
  expect(body.status).toBe(response.status);
  return body;
}

let a: Awaited<ReturnType<typeof company>>;
let b: Awaited<ReturnType<typeof company>>;

beforeAll(async () => {
  [a, b] = [await company("A"), await company("B")];
});

describe("REST API keys", () => {
  it("lets a key call only the endpoints its scopes name: 403 problem for the others", async () => {
    const { secret } = await createApiKey(a.tenant.id, { scopes: ["members:read"] });
    expect((await members(apiRequest("/members", secret))).status).toBe(200);
    for (const response of [
      await events(apiRequest("/events", secret)),
      await pipelineItems(apiRequest("/pipeline-items", secret)),
      await roster(apiRequest("/roster", secret, { method: "POST", body: { entries: [{ name: "新人", email: "new@example.com" }] } })),
    ]) {
      expect(response.status).toBe(403);
      expect((await problemOf(response)).detail).toMatch(/needs the scope "(events:read|pipeline:read|roster:write)"/);
    }
    expect(await db.rosterEntry.count({ where: { tenantId: a.tenant.id, email: "new@example.com" } })).toBe(0);
  });

  it("refuses no key, an unknown key and a revoked key with 401 and WWW-Authenticate: Bearer", async () => {
    const revoked = await createApiKey(a.tenant.id, { revoked: true });
    for (const secret of [null, "kz_live_made-up-secret", revoked.secret]) {
      const response = await members(apiRequest("/members", secret));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(JSON.stringify(await problemOf(response))).not.toContain(a.alumni[0]!.user.email);
    }
    const refused = await members(apiRequest("/members", revoked.secret));
    expect(refused.headers.get("www-authenticate")).toBe('Bearer realm="kizuna", error="invalid_token"');
    expect((await problemOf(refused)).detail).toContain("revoked");
  });

  it("refuses the keys of a company the operators suspended", async () => {
    const suspended = await createTenant({ status: "SUSPENDED" });
    const { secret } = await createApiKey(suspended.id);
    const response = await members(apiRequest("/members", secret));
    expect(response.status).toBe(403);
    expect((await problemOf(response)).type).toBe("/docs/api#problem-suspended");
  });

  it("records when a key was last used, at most once a minute", async () => {
    const key = await createApiKey(a.tenant.id);
    await members(apiRequest("/members", key.secret));
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await members(apiRequest("/members", key.secret));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(first);
  });

  it("answers 429 with Retry-After and RateLimit headers once a key used up its minute", async () => {
    const key = await createApiKey(a.tenant.id);
    const ok = await members(apiRequest("/members", key.secret));
    expect(ok.headers.get("ratelimit")).toMatch(/r=\d+;t=\d+/);
    await consume("apiRequestsPerKey", key.id, 100_000);
    const refused = await members(apiRequest("/members", key.secret));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit")).toMatch(/r=0/);
    await problemOf(refused);
    // Another key of the same company has its own allowance.
    expect((await members(apiRequest("/members", (await createApiKey(a.tenant.id)).secret))).status).toBe(200);
  });
});

describe("one company's key and another company's rows", () => {
  it("lists only the key's own company's members, events and pipeline items", async () => {
    const { secret } = await createApiKey(a.tenant.id);
    const bIds = [...b.alumni.map((x) => x.membership.id), b.event.id, b.interest.id, ...b.alumni.map((x) => x.user.email)];
    const bodies = await Promise.all([members, events, pipelineItems].map(async (handler, i) => {
      const response = await handler(apiRequest(["/members", "/events", "/pipeline-items"][i]!, secret));
      expect(response.status).toBe(200);
      return response.text();
    }));
    for (const text of bodies) {
      for (const id of bIds) {
        expect(text).not.toContain(id);
      }
    }
    expect(JSON.parse(bodies[0]!).data.map((m: { id: string }) => m.id).sort()).toEqual(a.alumni.map((x) => x.membership.id).sort());
    expect(JSON.parse(bodies[1]!).data.map((e: { id: string }) => e.id)).toEqual([a.event.id]);
    expect(JSON.parse(bodies[2]!).data.map((e: { id: string }) => e.id)).toEqual([a.interest.id]);
  });

  it("writes the roster of the key's company only, even with the other company's employee numbers and cursor", async () => {
    const { secret } = await createApiKey(a.tenant.id);
    const before = await db.rosterEntry.findMany({ where: { tenantId: b.tenant.id }, orderBy: { id: "asc" } });
    const response = await roster(apiRequest("/roster", secret, { method: "POST", body: { entries: [{ employee_number: "E-1", name: "乗っ取り", email: `e1-${b.tenant.slug}@example.com` }] } }));
    expect(response.status).toBe(200);
    expect(await db.rosterEntry.findMany({ where: { tenantId: b.tenant.id }, orderBy: { id: "asc" } })).toEqual(before);
    // A cursor naming one of B's rows pages A's rows after that id: never B's.
    const cursor = Buffer.from(`v1:${b.alumni[0]!.membership.id}`).toString("base64url");
    const page = await (await members(apiRequest(`/members?cursor=${cursor}`, secret))).text();
    expect(page).not.toContain(b.alumni[0]!.user.email);
  });
});

describe("reading lists", () => {
  it("walks every member exactly once, page by page, following next_cursor", async () => {
    const tenant = await createTenant();
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push((await createAlumnus(tenant.id, { displayName: `会員 ${i}` })).membership.id);
    }
    const { secret } = await createApiKey(tenant.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await members(apiRequest(`/members?limit=3${cursor ? `&cursor=${cursor}` : ""}`, secret));
      const body = (await response.json()) as { data: { id: string }[]; next_cursor: string | null };
      seen.push(...body.data.map((m) => m.id));
      cursor = body.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(made.sort());
  });

  it("leaves out what a member keeps private from the company, as the admin does", async () => {
    const tenant = await createTenant();
    const alumnus = await createAlumnus(tenant.id, { visibility: { currentCompany: "PRIVATE" }, openToReturn: true });
    const { secret } = await createApiKey(tenant.id);
    const body = await (await members(apiRequest("/members", secret))).json();
    expect(body.data[0]).toMatchObject({ id: alumnus.membership.id, current_company: null, open_to_return: true, email: alumnus.user.email });
  });

  it("answers bad paging parameters with a problem naming each parameter", async () => {
    const { secret } = await createApiKey(a.tenant.id);
    const response = await members(apiRequest("/members?limit=5000&cursor=not-ours", secret));
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors?.map((e) => e.parameter).sort()).toEqual(["limit"]);
    const badCursor = await problemOf(await members(apiRequest("/members?cursor=not-ours", secret)));
    expect(badCursor.errors).toEqual([{ parameter: "cursor", detail: expect.any(String) }]);
  });
});

describe("POST /api/v1/roster", () => {
  it("creates, updates and leaves alone like the CSV import, so sending the same list again changes nothing", async () => {
    const tenant = await createTenant();
    await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "山田 花子", employeeNumber: "E-100", email: "hanako@example.com", department: "営業部" } });
    const { secret } = await createApiKey(tenant.id, { scopes: ["roster:write"] });
    const entries = [
      { employee_number: "E-100", name: "山田 花子", email: "hanako@example.com", department: "人事部" },
      { employee_number: "Ｅ-101", name: "佐藤 次郎", email: "Jiro@Example.com", left_on: "2026-03-31", tags: { grade: "G5" } },
      { email: "only-mail@example.com", name: "鈴木 三郎" },
    ];
    const first = await roster(apiRequest("/roster", secret, { method: "POST", body: { entries } }));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ created: 2, updated: 1, unchanged: 0, errors: [] });
    expect(await db.rosterEntry.findFirst({ where: { tenantId: tenant.id, employeeNumber: "E-101" } })).toMatchObject({ email: "jiro@example.com", tags: { grade: "G5" } });
    const again = await roster(apiRequest("/roster", secret, { method: "POST", body: { entries } }));
    expect(await again.json()).toEqual({ created: 0, updated: 0, unchanged: 3, errors: [] });
  });

  it("writes the valid entries and lists each invalid one by index with a JSON Pointer", async () => {
    const tenant = await createTenant();
    const { secret } = await createApiKey(tenant.id, { scopes: ["roster:write"] });
    const response = await roster(apiRequest("/roster", secret, {
      method: "POST",
      body: { entries: [
        { name: "正しい 人", email: "ok@example.com" },
        { name: "", email: "not-an-email" },
        { name: "鍵なし" },
        { name: "二度目", email: "ok@example.com" },
        { name: "日付", email: "d@example.com", joined_on: "2020-04-01", left_on: "2019-03-31" },
      ] },
    }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.created).toBe(1);
    expect(body.errors.map((e: { index: number; pointer: string }) => `${e.index} ${e.pointer}`)).toEqual([
      "1 /entries/1/email", "1 /entries/1/name", "2 /entries/2/email", "3 /entries/3", "4 /entries/4/left_on",
    ]);
    expect(await db.rosterEntry.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("refuses a body that is not a list of at most 1,000 entries with a problem and pointers", async () => {
    const { secret } = await createApiKey(a.tenant.id, { scopes: ["roster:write"] });
    const tooMany = await problemOf(await roster(apiRequest("/roster", secret, { method: "POST", body: { entries: Array.from({ length: 1001 }, (_, i) => ({ name: `n${i}`, email: `n${i}@example.com` })) } })));
    expect(tooMany).toMatchObject({ status: 422, errors: [{ pointer: "/entries" }] });
    const notJson = await problemOf(await roster(apiRequest("/roster", secret, { method: "POST", body: "{ nope" })));
    expect(notJson.status).toBe(422);
    const noEntries = await problemOf(await roster(apiRequest("/roster", secret, { method: "POST", body: { people: [] } })));
    expect(noEntries.errors).toEqual([{ pointer: "/entries", detail: expect.any(String) }]);
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document describing every endpoint, its scope and the problem responses", async () => {
    const response = await openapi(new Request("http://localhost/api/v1/openapi.json"));
    const document = await response.json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/events", "/members", "/pipeline-items", "/roster"]);
    expect(document.paths["/roster"].post.security).toEqual([{ apiKey: ["roster:write"] }]);
    expect(document.paths["/members"].get.responses["401"].content["application/problem+json"]).toBeDefined();
    // The validator does refuse a broken document (so the pass above means something).
    expect((await new Validator().validate({ ...document, info: undefined })).valid).toBe(false);
    // The request schema is the one the route validates with: its limits are in the document.
    expect(document.components.schemas.RosterUpsertRequest.properties.entries.maxItems).toBe(1000);
  });
});

describe("the API keys settings", () => {
  it("shows a new key's secret once, keeps only its hash, and a revoked key stops working at once", async () => {
    const tenant = await createTenant();
    await createAlumnus(tenant.id);
    const { user } = await createMember(tenant.id, "ADMIN");
    caller.userId = user.id;
    const created = await createApiKeyAction(null, { tenant: tenant.slug, name: "SmartHR 連携", scopes: ["members:read", "roster:write"] });
    caller.userId = null;
    if (!created.ok) {
      throw new Error(JSON.stringify(created));
    }
    const secret = (created.data as { secret: string }).secret;
    const row = await db.apiKey.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(row).toMatchObject({ name: "SmartHR 連携", scopes: ["roster:write", "members:read"], secretHash: hashSecret(secret), createdById: user.id });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect((await members(apiRequest("/members", secret))).status).toBe(200);

    caller.userId = user.id;
    expect(await revokeApiKeyAction(null, { tenant: tenant.slug, id: row.id })).toMatchObject({ ok: true });
    caller.userId = null;
    expect((await members(apiRequest("/members", secret))).status).toBe(401);
    expect((await db.auditEvent.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action)).toEqual(["apiKey.create", "apiKey.revoke"]);
  });

  it("asks for at least one scope, and lets only the company's admins make or revoke keys", async () => {
    const tenant = await createTenant();
    const admin = await createMember(tenant.id, "ADMIN");
    const hr = await createMember(tenant.id, "HR");
    caller.userId = admin.user.id;
    expect(await createApiKeyAction(null, { tenant: tenant.slug, name: "権限なし" })).toMatchObject({ ok: false, fieldErrors: { scopes: expect.any(String) } });
    caller.userId = hr.user.id;
    expect(await outcomeOf(createApiKeyAction(null, { tenant: tenant.slug, name: "HR", scopes: "members:read" }))).toBe("404");
    const key = await createApiKey(a.tenant.id);
    caller.userId = admin.user.id;
    expect(await revokeApiKeyAction(null, { tenant: tenant.slug, id: key.id })).toMatchObject({ ok: false });
    caller.userId = null;
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
    expect(await db.apiKey.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});
