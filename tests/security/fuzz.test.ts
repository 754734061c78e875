import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Markdown } from "@/components/markdown";
import { jobQueue } from "@/lib/jobs/boss";
import { previewRoster } from "@/lib/roster/preview";
import { RosterFileError } from "@/lib/roster/read-csv";
import { caller } from "../support/action-caller";
import { createCompany, type Company } from "./company";
import { encodeComponent, routeHandlers, serverActions, urlOf } from "./discover";
import { report } from "./figures";
import { describeOutcome, outcomeOf } from "./mocks";
import { ACTIONS, ROUTES, type Input } from "./registry";

// Property-based inputs (fast-check) for every server action and for the parsers of untrusted text (roster CSV,
// staff-written Markdown): nothing crashes (no HTTP 500), and every refusal is a translated message for the
// person — beside a field, or for the form. Fixed seeds, so a failure reproduces; the failing input is printed.

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", async () => (await import("./mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./mocks")).headersModule);
vi.mock("next-auth", async () => (await import("./mocks")).nextAuthModule);
vi.mock("@/lib/auth", async () => (await import("./mocks")).authModule);

const RUNS_PER_ACTION = 12;
const SEED = 20_261_202;

// Values a browser, a script or an attacker could send for one field (server actions accept any serializable value).
const nasty = fc.constantFrom(
  "", " ", "\u0000", "'; DROP TABLE \"User\"; --", "../../etc/passwd", "<script>alert(1)</script>", "__proto__", "constructor",
  "NaN", "-1", "1e309", "9".repeat(400), "２０２６－０１－０１", "2026-02-30", "\uD800", "𠮷野家", "javascript:alert(1)", "on", "true",
);
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 3000, maxLength: 25_000 }) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2, maxKeys: 3 }) },
);

/** The registry's well-formed input with fields replaced by fuzz, sometimes extra fields, sometimes not an object at all. */
function fuzzedInput(base: Record<string, unknown>, slug: string | null): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(base).map(([key, value]) => [key, fc.oneof(fc.constant(value), fieldValue)]));
  const record = fc.tuple(fc.record(fields), fc.dictionary(fc.string({ maxLength: 12 }), fieldValue, { maxKeys: 3 })).map(([known, extra]) => ({
    ...extra, ...known, ...(slug ? { tenant: slug } : {}),
  }));
  return fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.string())) });
}

/** An upload form's file replaced by random bytes (and sometimes a real image signature in front of them). */
function fuzzedUpload(base: FormData, slug: string): fc.Arbitrary<FormData> {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 2000 })).map(([signed, bytes]) => {
    const form = new FormData();
    for (const [key, value] of base.entries()) {
      form.append(key, value instanceof File ? new File([Uint8Array.from([...(signed ? png : []), ...bytes])], "x.png", { type: "image/png" }) : value);
    }
    form.set("tenant", slug);
    return form;
  });
}

// An untranslated message shows its key ("validation.required", "errors.closed") instead of words.
const looksLikeKey = (message: string) => /^[A-Za-z_]+(\.[A-Za-z_]+)+$/.test(message);

/** Why a refusal is not one a person could act on, or null when it is. */
function badRefusal(answer: unknown): string | null {
  const { fieldErrors, error } = (answer ?? {}) as { fieldErrors?: Record<string, unknown>; error?: unknown };
  const messages = [...Object.values(fieldErrors ?? {}), ...(error === undefined ? [] : [error])];
  if (messages.length === 0) {
    return "a refusal with no message";
  }
  const bad = messages.find((m) => typeof m !== "string" || m.trim() === "" || looksLikeKey(m));
  return bad === undefined ? null : `an untranslated message: ${JSON.stringify(bad)}`;
}

let company: Company;

beforeAll(async () => {
  await jobQueue();
  company = await createCompany("F");
}, 120_000);

describe("fuzzing", () => {
  it("answers every server action's fuzzed input without a crash, refusing with messages a person can act on", { timeout: 600_000 }, async ({ task }) => {
    const actions = await serverActions();
    const failures: string[] = [];
    let cases = 0;
    let crashes = 0;
    for (const [key, entry] of Object.entries(ACTIONS)) {
      const action = actions.get(key)!;
      const base = entry.input(company) as Input;
      const slug = entry.kind === "tenant" ? company.tenant.slug : null;
      const inputs = base instanceof FormData ? fuzzedUpload(base, company.tenant.slug) : fuzzedInput(base, slug);
      // The company's owner calls, so tenant actions get past the door and their validation and bodies are what is tested.
      const samples = fc.sample(inputs, { numRuns: RUNS_PER_ACTION, seed: SEED + cases });
      for (const input of samples) {
        cases++;
        caller.userId = entry.kind === "public" ? null : company.members.owner;
        const outcome = await outcomeOf(() => action(null, input));
        caller.userId = null;
        if (outcome.kind === "crash") {
          crashes++;
          failures.push(`${key} crashed (500) on ${JSON.stringify(input)?.slice(0, 300)}: ${describeOutcome(outcome)}`);
        } else if (outcome.kind === "refused") {
          const why = badRefusal(outcome.answer);
          if (why) {
            failures.push(`${key}: ${why} for ${JSON.stringify(input)?.slice(0, 300)}`);
          }
        }
      }
    }
    report(task, { "fuzz cases": cases, "crashes (500)": crashes, "fuzz failures": failures.length });
    expect(failures).toEqual([]);
  });

  it("answers every route handler's fuzzed URL parameters without a crash", { timeout: 300_000 }, async ({ task }) => {
    const handlers = await routeHandlers();
    const failures: string[] = [];
    let cases = 0;
    const text = fc.oneof(fc.string({ maxLength: 40 }), nasty, fc.string({ unit: "binary", maxLength: 20 }));
    for (const [key, entry] of Object.entries(ROUTES)) {
      if (key.startsWith("app/api/auth/")) {
        continue; // Auth.js's own endpoints (see the registry)
      }
      const [file, method] = key.split("#") as [string, string];
      const base = entry.params(company);
      const params = fc.record(Object.fromEntries(Object.keys(base).map((name) => [name, fc.oneof(fc.constant(base[name]!), text)])));
      for (const [fuzzed, search] of fc.sample(fc.tuple(params, fc.oneof(fc.constant(""), text.map((q) => `?segment=${encodeComponent(q)}&v=${encodeComponent(q)}`))), { numRuns: RUNS_PER_ACTION, seed: SEED + cases })) {
        cases++;
        caller.userId = company.members.owner;
        let status: number;
        try {
          // REST API routes are called with the company's own key, so the fuzzed query reaches past the key check.
          const headers = typeof entry.access === "object" && "apiKey" in entry.access ? { authorization: `Bearer ${company.apiKey}` } : undefined;
          const query = headers ? search.replace("?segment=", "?cursor=").replace("&v=", "&limit=") : search;
          const response = await handlers.get(key)!(new Request(urlOf(file, fuzzed as Record<string, string>) + query, { method, body: entry.body?.(company), headers }), { params: Promise.resolve(fuzzed as Record<string, string>) });
          await response.text();
          status = response.status;
        } catch (error) {
          status = String((error as { digest?: unknown } | null)?.digest ?? "").includes(";404") ? 404 : 500;
          if (status === 500) {
            failures.push(`${key} crashed on ${JSON.stringify(fuzzed)}${search}: ${String(error)}`);
          }
        }
        caller.userId = null;
        if (status >= 500 && !failures.at(-1)?.startsWith(key)) {
          failures.push(`${key} answered ${status} to ${JSON.stringify(fuzzed)}${search}`);
        }
      }
    }
    report(task, { "fuzz cases": cases, "crashes (500)": failures.length, "fuzz failures": failures.length });
    expect(failures).toEqual([]);
  });

  it("reads any roster file without crashing: a preview whose counts add up, or a file error the page explains", { timeout: 300_000 }, async ({ task }) => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom("\"", "\"\"", ",", "\n", "\r\n", "=1+1", "山田 太郎", "taro@example.com", "2020/04/01", "令和2年4月1日"));
    const csv = fc.tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), fc.constantFrom("\n", "\r\n")).map(([rows, eol]) => rows.map((r) => r.join(",")).join(eol));
    const file = fc.oneof(
      csv.map((text) => new TextEncoder().encode(text)),
      csv.map((text) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])),
      fc.uint8Array({ maxLength: 3000 }),
    );
    let cases = 0;
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 64 }), async (bytes, chunkSize) => {
        cases++;
        async function* chunks() {
          for (let i = 0; i < bytes.length; i += chunkSize) {
            yield bytes.slice(i, i + chunkSize);
          }
        }
        try {
          const preview = await previewRoster(chunks());
          if (preview.totalRows !== preview.validRows + preview.problemRows) {
            failures.push(`counts do not add up for ${JSON.stringify(Buffer.from(bytes).toString("base64"))}`);
          }
        } catch (error) {
          if (!(error instanceof RosterFileError)) {
            failures.push(`crashed on ${Buffer.from(bytes).toString("base64").slice(0, 200)}: ${String(error)}`);
          }
        }
      }),
      { numRuns: 300, seed: SEED },
    );
    report(task, { "fuzz cases": cases, "crashes (500)": failures.filter((f) => f.startsWith("crashed")).length, "fuzz failures": failures.length });
    expect(failures).toEqual([]);
  });

  it("renders any Markdown without a crash and without anything that could run a script", { timeout: 120_000 }, ({ task }) => {
    const piece = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "![x](javascript:alert(1))",
        "<iframe src=//evil>", "<a href=\"javascript:alert(1)\">x</a>", "[x](data:text/html;base64,PHNjcmlwdD4=)", "<svg onload=alert(1)>", "# 見出し",
        "**太字**", "\n\n", "- 項目", "```\ncode\n```", "[link](https://example.com)", "<style>body{}</style>", "[x]( vbscript:msgbox(1))",
      ),
    );
    const source = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
    let cases = 0;
    const failures: string[] = [];
    fc.assert(
      fc.property(source, (text) => {
        cases++;
        let html: string;
        try {
          html = renderToStaticMarkup(createElement(Markdown, { source: text }));
        } catch (error) {
          failures.push(`crashed on ${JSON.stringify(text)}: ${String(error)}`);
          return;
        }
        // Text is escaped (a "<" in text is "&lt;"), so these only match real elements and attributes.
        if (/<(script|iframe|style|object|embed|svg)\b|<[a-z][^>]*\son\w+\s*=|<[a-z][^>]*\s(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i.test(html)) {
          failures.push(`${JSON.stringify(text)} rendered ${html.slice(0, 300)}`);
        }
      }),
      { numRuns: 400, seed: SEED },
    );
    report(task, { "fuzz cases": cases, "crashes (500)": failures.filter((f) => f.startsWith("crashed")).length, "fuzz failures": failures.length });
    expect(failures).toEqual([]);
  });
});
