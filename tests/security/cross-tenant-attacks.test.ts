import { beforeAll, describe, expect, it, vi } from "vitest";
import { jobQueue } from "@/lib/jobs/boss";
import { caller } from "../support/action-caller";
import { createCompany, type Company } from "./company";
import { inlineServerFunctions, routeHandlers, serverActions, urlOf } from "./discover";
import { report } from "./figures";
import { describeOutcome, outcomeOf, type Outcome } from "./mocks";
import { ACTIONS, INLINE_SERVER_FUNCTIONS, ROUTES, type ActionEntry, type Input, type Role } from "./registry";
import { changedTables, secretsOf, snapshotOf, tenantScopedTables, type Snapshot } from "./snapshot";

// The cross-tenant attack suite (docs/security.md). Company A's alumnus, HR and admin, and a signed-out visitor,
// call every server action and route handler with company B's ids; every call must be refused and change
// nothing of B's (a fingerprint of all B's rows before and after each call). Staff-only actions are also called
// by A's alumnus, and owner/admin-only ones by A's HR, on A's own rows: refused, A unchanged.

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", async () => (await import("./mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./mocks")).headersModule);
vi.mock("next-auth", async () => (await import("./mocks")).nextAuthModule);
vi.mock("@/lib/auth", async () => (await import("./mocks")).authModule);

// What the answer shows the caller; the `values` echo is what they typed, so it may hold the ids they sent.
function shown(o: Outcome): string {
  if (o.kind === "redirect") {
    return o.to;
  }
  if (o.kind === "ok" || o.kind === "refused") {
    const { values: _typed, ...rest } = (o.answer ?? {}) as Record<string, unknown>;
    return JSON.stringify(rest);
  }
  return "";
}

const ROLE_RANK: Record<Role, number> = { ALUMNI: 0, HR: 1, ADMIN: 2 };

let a: Company;
let b: Company;
let bSecrets: string[];
let aSecrets: string[];
// `quiet`: calls with B's ids that a declared no-op answered "done" (changing nothing) instead of a refusal.
const figures = { attempts: 0, leaks: [] as string[], wrong: [] as string[], quiet: 0 };

function withTenant(input: Input, slug: string): Input {
  if (input instanceof FormData) {
    const copy = new FormData();
    for (const [key, value] of input.entries()) {
      copy.append(key, value);
    }
    copy.set("tenant", slug);
    return copy;
  }
  return { ...input, tenant: slug };
}

// Nothing writes to B between attempts, so one attempt's "after" is the next one's "before" (half the reads);
// A changes between them (its own staff act on it), so A's "before" is always read afresh.
const latest = new Map<string, Snapshot>();
async function snapshotBefore(tenantId: string, markers: string[]) {
  return (tenantId === b.tenant.id ? latest.get(tenantId) : undefined) ?? snapshotAfter(tenantId, markers);
}
async function snapshotAfter(tenantId: string, markers: string[]) {
  const snapshot = await snapshotOf(tenantId, markers);
  latest.set(tenantId, snapshot);
  return snapshot;
}

/** One attempt: call, then check B (or A, for role checks) is unchanged and the answer shows nothing of B's. */
async function attack(label: string, who: string | null, call: () => Promise<unknown>, allowed: (o: Outcome) => boolean, guarded: "b" | "a" = "b", allowedWrites: string[] = []) {
  const [target, markers] = guarded === "b" ? [b, bSecrets] : [a, aSecrets];
  const before = await snapshotBefore(target.tenant.id, markers);
  caller.userId = who;
  const outcome = await outcomeOf(call);
  caller.userId = null;
  const after = await snapshotAfter(target.tenant.id, markers);
  figures.attempts++;
  const changed = changedTables(before, after).filter((t) => !allowedWrites.includes(t));
  if (changed.length) {
    figures.leaks.push(`${label}: changed ${guarded.toUpperCase()}'s ${changed.join(", ")} (${describeOutcome(outcome)})`);
  }
  const seen = guarded === "b" ? bSecrets.filter((s) => shown(outcome).includes(s)) : [];
  if (seen.length) {
    figures.leaks.push(`${label}: the answer shows B's ${seen.slice(0, 3).join(", ")}`);
  }
  if (!allowed(outcome)) {
    figures.wrong.push(`${label}: ${describeOutcome(outcome)}`);
  }
  return outcome;
}

const is404 = (o: Outcome) => o.kind === "404" || (o.kind === "redirect" && o.to.startsWith("/signin"));
const refused = (o: Outcome) => is404(o) || o.kind === "refused";
const notCrashed = (o: Outcome) => o.kind !== "crash";

async function attackAction(key: string, action: (previous: unknown, input: unknown) => Promise<unknown>, entry: ActionEntry) {
  const staff = { alumnus: a.members.alumnus, HR: a.members.hr, admin: a.members.admin } as const;
  const roleOf = { alumnus: "ALUMNI", HR: "HR", admin: "ADMIN" } as const;
  // A declared no-op may answer "done" when it did nothing to B (bulk actions, the caller's own things).
  const refusedOrNoOp = (o: Outcome) => refused(o) || (entry.kind !== "public" && !!entry.noOp && notCrashed(o));

  if (entry.kind === "tenant") {
    for (const slug of [a.tenant.slug, b.tenant.slug]) {
      await attack(`${key} signed out (tenant ${slug === a.tenant.slug ? "A" : "B"})`, null, () => action(null, withTenant(entry.input(b), slug)), is404);
    }
    for (const [name, userId] of Object.entries(staff)) {
      await attack(`${key} as A's ${name} in B`, userId, () => action(null, withTenant(entry.input(b), b.tenant.slug)), is404);
      const below = ROLE_RANK[roleOf[name as keyof typeof roleOf]] < ROLE_RANK[entry.role];
      const outcome = await attack(`${key} as A's ${name} with B's ids`, userId, () => action(null, withTenant(entry.input(b), a.tenant.slug)), below ? is404 : refusedOrNoOp);
      figures.quiet += outcome.kind === "ok" || (outcome.kind === "redirect" && !is404(outcome)) ? 1 : 0;
      if (below) {
        // Role check: on A's own rows, too low a role is refused and changes nothing of A's.
        await attack(`${key} as A's ${name} on A's own rows (needs ${entry.role})`, userId, () => action(null, withTenant(entry.input(a), a.tenant.slug)), is404, "a");
      }
    }
    return;
  }
  if (entry.kind === "user") {
    await attack(`${key} signed out`, null, () => action(null, entry.input(b)), is404);
    for (const [name, userId] of Object.entries(staff)) {
      const outcome = await attack(`${key} as A's ${name} with B's ids`, userId, () => action(null, entry.input(b)), refusedOrNoOp);
      figures.quiet += outcome.kind === "ok" || (outcome.kind === "redirect" && !is404(outcome)) ? 1 : 0;
    }
    return;
  }
  // Public by design: whoever calls, with B's names and a forged proof, gets no further and changes nothing.
  for (const [name, userId] of [["visitor", null], ...Object.entries(staff)] as [string, string | null][]) {
    await attack(`${key} as ${name} with B's names and a forged proof`, userId, () => action(null, entry.input(b)), notCrashed, "b", entry.writes);
  }
}

beforeAll(async () => {
  await jobQueue();
  [a, b] = [await createCompany("A"), await createCompany("B")];
  [aSecrets, bSecrets] = [await secretsOf(a.tenant.id), await secretsOf(b.tenant.id)];
}, 120_000);

describe("cross-tenant attack suite", () => {
  // Importing every action and route module takes a while on a busy machine.
  it("has an attack for every server action and route handler in the code, and none for code that is gone", { timeout: 120_000 }, async () => {
    const actions = [...(await serverActions()).keys()];
    const routes = [...(await routeHandlers()).keys()];
    expect(actions.filter((k) => !(k in ACTIONS)), "server actions missing from tests/security/registry.ts").toEqual([]);
    expect(routes.filter((k) => !(k in ROUTES)), "route handlers missing from tests/security/registry.ts").toEqual([]);
    expect(Object.keys(ACTIONS).filter((k) => !actions.includes(k)), "registry entries for actions that no longer exist").toEqual([]);
    expect(Object.keys(ROUTES).filter((k) => !routes.includes(k)), "registry entries for routes that no longer exist").toEqual([]);
    const inline = inlineServerFunctions();
    expect(inline, "inline server functions must each call one registered action (registry INLINE_SERVER_FUNCTIONS)").toEqual(INLINE_SERVER_FUNCTIONS);
    const registered = new Set(Object.keys(ACTIONS).map((k) => k.split("#")[1]));
    expect(Object.values(inline).flat().filter((name) => !registered.has(name))).toEqual([]);
  });

  it("gives the attacked company a row in every tenant-scoped table, so no table goes unwatched", async () => {
    const snapshot = await snapshotOf(b.tenant.id, bSecrets);
    const empty = (await tenantScopedTables()).filter((t) => snapshot[t]?.endsWith(":0"));
    expect(empty, "add a row of these tables to tests/security/company.ts").toEqual([]);
  });

  it("refuses every server action called across companies, by too low a role, or signed out, changing nothing", { timeout: 600_000 }, async ({ task }) => {
    const actions = await serverActions();
    for (const [key, entry] of Object.entries(ACTIONS)) {
      const action = actions.get(key);
      if (action) {
        await attackAction(key, action, entry);
      }
    }
    report(task, {
      "actions covered": actions.size, "attack attempts": figures.attempts, leaks: figures.leaks.length, "wrong answers": figures.wrong.length,
      "done, changed nothing": figures.quiet,
    });
    expect(figures.leaks).toEqual([]);
    expect(figures.wrong).toEqual([]);
  });

  it("attacks with well-formed input: the company's own owner, sending the same fields, gets past validation", { timeout: 300_000 }, async () => {
    // Otherwise an attack refused for a typo in its fields would prove nothing about the action's body.
    const c = await createCompany("C");
    const actions = await serverActions();
    const malformed: string[] = [];
    for (const [key, entry] of Object.entries(ACTIONS)) {
      if (entry.kind !== "tenant") {
        continue;
      }
      caller.userId = c.members.owner;
      const outcome = await outcomeOf(() => actions.get(key)!(null, withTenant(entry.input(c), c.tenant.slug)));
      caller.userId = null;
      // The wrappers' own validation failure echoes every field typed, `tenant` included; a body's never does.
      const answer = (outcome.kind === "refused" ? outcome.answer : {}) as { fieldErrors?: object; values?: { tenant?: string } };
      if (outcome.kind === "crash" || (answer.fieldErrors && answer.values?.tenant === c.tenant.slug)) {
        malformed.push(`${key}: ${describeOutcome(outcome)}`);
      }
    }
    expect(malformed).toEqual([]);
  });

  it("answers 404 from every route handler to other companies' staff and signed-out visitors, changing nothing", { timeout: 300_000 }, async ({ task }) => {
    const handlers = await routeHandlers();
    const counts = { attempts: 0, leaks: [] as string[], wrong: [] as string[] };
    const staff = { alumnus: a.members.alumnus, HR: a.members.hr, admin: a.members.admin } as const;
    const roleOf = { alumnus: "ALUMNI", HR: "HR", admin: "ADMIN" } as const;
    for (const [key, entry] of Object.entries(ROUTES)) {
      const handler = handlers.get(key);
      if (!handler || (typeof entry.access === "object" && key.startsWith("app/api/auth/"))) {
        continue; // Auth.js's own endpoints: tested by the sign-in tests, not callable without Auth.js's request.
      }
      const [file, method] = key.split("#") as [string, string];
      const call = (params: Record<string, string>, search = "", target: Company = b, apiKey?: string) => async () => {
        const headers: Record<string, string> = { "x-file-name": "roster.csv", ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };
        const response = await handler(new Request(urlOf(file, params) + search, { method, body: entry.body?.(target), headers }), { params: Promise.resolve(params) });
        const text = await response.text();
        return { status: response.status, text };
      };
      type Try = { label: string; who: string | null; params: Record<string, string>; search?: string; allowed: (status: number) => boolean; guarded?: "a" | "b"; apiKey?: string; unwatched?: string[] };
      const tries: Try[] = [];
      const bParams = entry.params(b);
      const namesRows = "id" in bParams || !!entry.search;
      if (typeof entry.access === "object" && "apiKey" in entry.access) {
        // The REST API: the key decides the company. Without one (even signed in as staff), with B's revoked key, or
        // with A's key naming B's rows: nothing of B's is read or changed. A's key without the scope: 403, A unchanged
        // (but for the key's own last-used time).
        const search = entry.search?.(b);
        tries.push({ label: `${key} with no key`, who: null, params: bParams, search, allowed: (s) => s === 401 });
        tries.push({ label: `${key} as A's admin signed in, with no key`, who: a.members.admin, params: bParams, search, allowed: (s) => s === 401 });
        tries.push({ label: `${key} with B's revoked key`, who: null, params: bParams, search, apiKey: b.revokedApiKey, allowed: (s) => s === 401 });
        tries.push({ label: `${key} with A's key and B's ids`, who: null, params: bParams, search, apiKey: a.apiKey, allowed: (s) => s < 500 });
        tries.push({ label: `${key} with A's key lacking ${entry.access.apiKey}, on A's rows`, who: null, params: entry.params(a), search: entry.search?.(a), apiKey: a.scopelessApiKey, allowed: (s) => s === 403, guarded: "a", unwatched: ["ApiKey"] });
      } else if (typeof entry.access === "object") {
        for (const [name, who] of [["visitor", null], ...Object.entries(staff)] as [string, string | null][]) {
          tries.push({ label: `${key} as ${name}`, who, params: bParams, allowed: (s) => s < 500 });
        }
      } else {
        const access = entry.access;
        tries.push({ label: `${key} signed out`, who: null, params: bParams, search: entry.search?.(b), allowed: (s) => s === 404 || s === 401 });
        for (const [name, who] of Object.entries(staff)) {
          if (access === "user") {
            tries.push({ label: `${key} as A's ${name}`, who, params: bParams, allowed: (s) => s < 500 });
            continue;
          }
          const below = ROLE_RANK[roleOf[name as keyof typeof roleOf]] < ROLE_RANK[access];
          tries.push({ label: `${key} as A's ${name} in B`, who, params: bParams, search: entry.search?.(b), allowed: (s) => s === 404 });
          tries.push({ label: `${key} as A's ${name} with B's ids`, who, params: { ...bParams, tenant: a.tenant.slug }, search: entry.search?.(b), allowed: (s) => (below || namesRows ? s === 404 : s < 500) });
          if (below) {
            tries.push({ label: `${key} as A's ${name} on A's own rows (needs ${access})`, who, params: entry.params(a), search: entry.search?.(a), allowed: (s) => s === 404, guarded: "a" });
          }
        }
      }
      for (const t of tries) {
        const [target, markers] = t.guarded === "a" ? [a, aSecrets] : [b, bSecrets];
        const before = await snapshotBefore(target.tenant.id, markers);
        caller.userId = t.who;
        let answer: { status: number; text: string };
        try {
          answer = await call(t.params, t.search, t.guarded === "a" ? a : b, t.apiKey)();
        } catch (error) {
          const digest = String((error as { digest?: unknown } | null)?.digest ?? "");
          answer = digest.includes(";404") ? { status: 404, text: "" } : { status: 500, text: String(error) };
        }
        caller.userId = null;
        counts.attempts++;
        const changed = changedTables(before, await snapshotAfter(target.tenant.id, markers)).filter((table) => !t.unwatched?.includes(table));
        if (changed.length) {
          counts.leaks.push(`${t.label}: changed ${changed.join(", ")}`);
        }
        const seen = t.guarded === "a" ? [] : bSecrets.filter((s) => answer.text.includes(s));
        if (seen.length) {
          counts.leaks.push(`${t.label}: the answer shows B's ${seen.slice(0, 3).join(", ")}`);
        }
        if (!t.allowed(answer.status)) {
          // A file served where a 404 was due is another company's data read: a leak, not just a wrong answer.
          (answer.status < 300 ? counts.leaks : counts.wrong).push(`${t.label}: ${answer.status} ${answer.text.slice(0, 120)}`);
        }
      }
    }
    report(task, { "routes covered": handlers.size, "attack attempts": counts.attempts, leaks: counts.leaks.length, "wrong answers": counts.wrong.length });
    expect(counts.leaks).toEqual([]);
    expect(counts.wrong).toEqual([]);
  });
});
