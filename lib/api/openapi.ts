import { z } from "zod";
import { PROBLEM_KINDS, problemBody, problemStatus, type ProblemKind } from "./problem";
import { API_SCOPES, type ApiScope } from "./scopes";
import { apiSchemas, listQuery, MAX_ROSTER_ENTRIES } from "./schemas";

// The OpenAPI 3.1 document of the REST API, built from the zod schemas the routes validate with (lib/api/schemas.ts):
// components from the schema registry, query parameters from the list query's own fields. Served at
// /api/v1/openapi.json and rendered as the reference page /docs/api.

type Json = Record<string, unknown>;

type Endpoint = {
  method: "get" | "post";
  path: string;
  operationId: string;
  summary: string;
  description: string;
  scope: ApiScope;
  request?: string;
  response: string;
  list?: boolean;
  problems: ProblemKind[];
  example?: { request?: unknown; response: unknown };
};

const COMMON: ProblemKind[] = ["unauthorized", "forbidden", "suspended", "rate-limited"];

export const ENDPOINTS: Endpoint[] = [
  {
    method: "post", path: "/roster", operationId: "upsertRoster", summary: "Upsert roster entries", scope: "roster:write",
    description: `Adds or updates up to ${MAX_ROSTER_ENTRIES} people on the company's roster of former employees, as the CSV import does: each entry is matched by employee number, else email; new ones are created, changed ones updated, identical ones left alone, so sending the same list again changes nothing. Valid entries are written together in one transaction; entries with errors are left out and listed by index.`,
    request: "RosterUpsertRequest", response: "RosterUpsertResult", problems: [...COMMON, "validation", "conflict", "too-large"],
    example: {
      request: { entries: [{ employee_number: "E-10234", email: "hanako@example.com", name: "山田 花子", department: "営業部", left_on: "2026-03-31" }] },
      response: { created: 1, updated: 0, unchanged: 0, errors: [] },
    },
  },
  {
    method: "get", path: "/members", operationId: "listMembers", summary: "List members", scope: "members:read", list: true,
    description: "The alumni who joined the company's network, oldest first. Profile fields a person keeps private are null, and someone who left the network has no name or address.",
    response: "MemberPage", problems: [...COMMON, "validation"],
    example: { response: { data: [{ id: "cmb2x0k7a0001", status: "active", name: "山田 花子", email: "hanako@example.com", employee_number: "E-10234", department: "営業部", joined_on: "2015-04-01", left_on: "2026-03-31", current_company: null, current_title: null, open_to_return: true, registered_at: "2026-04-02T09:00:00.000Z", last_active_on: "2026-11-30" }], next_cursor: null } },
  },
  {
    method: "get", path: "/events", operationId: "listEvents", summary: "List events", scope: "events:read", list: true,
    description: "The company's events, drafts and cancelled ones included, with the seats taken.",
    response: "EventPage", problems: [...COMMON, "validation"],
    example: { response: { data: [{ id: "cmb2x0k7a0002", title: "年末アルムナイ交流会", status: "published", format: "venue", starts_at: "2026-12-18T10:00:00.000Z", ends_at: "2026-12-18T12:00:00.000Z", timezone: "Asia/Tokyo", venue_name: "本社 20F", capacity: 80, going: 42, created_at: "2026-11-01T02:00:00.000Z" }], next_cursor: "djE6Y21iMngwazdhMDAwMg" } },
  },
  {
    method: "get", path: "/pipeline-items", operationId: "listPipelineItems", summary: "List re-hire pipeline items", scope: "pipeline:read", list: true,
    description: "Alumni's interest in returning or working with the company (postings, casual chats, open to return), with the stage staff moved each to.",
    response: "PipelineItemPage", problems: [...COMMON, "validation"],
    example: { response: { data: [{ id: "cmb2x0k7a0003", kind: "posting", stage: "interviewing", member_id: "cmb2x0k7a0001", posting: { id: "cmb2x0k7a0004", title: "プロダクトマネージャー" }, note: "またご一緒したいです", closed_reason: null, hired_on: null, withdrawn_at: null, created_at: "2026-10-01T00:00:00.000Z", last_activity_at: "2026-11-20T00:00:00.000Z" }], next_cursor: null } },
  },
];

export const SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "roster:write": "Add and update roster entries (the HR-system sync).",
  "members:read": "Read the network's members.",
  "events:read": "Read events.",
  "pipeline:read": "Read the re-hire pipeline.",
};

/** The registered schemas as OpenAPI components (JSON Schema 2020-12, which OpenAPI 3.1 uses as is). */
function components(): Record<string, Json> {
  const generated = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", io: "input", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(generated.schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Json;
      return [id, rest];
    }),
  );
}

function listParameters(): Json[] {
  const shape = listQuery.shape;
  return (Object.keys(shape) as (keyof typeof shape)[]).map((name) => {
    const { $schema: _schema, description, ...schema } = z.toJSONSchema(shape[name], { io: "input", target: "draft-2020-12" }) as Json;
    return { name, in: "query", required: false, description, schema };
  });
}

const problemResponse = (kinds: ProblemKind[]) =>
  Object.fromEntries(
    kinds.map((kind) => [String(problemStatus(kind)), kind]).reduce((byStatus, [status, kind]) => {
      byStatus.set(status!, [...(byStatus.get(status!) ?? []), kind as ProblemKind]);
      return byStatus;
    }, new Map<string, ProblemKind[]>()),
  );

export function openApiDocument(origin = ""): Json {
  const paths: Record<string, Json> = {};
  for (const e of ENDPOINTS) {
    const responses: Json = {
      "200": {
        description: "OK",
        headers: {
          RateLimit: { description: "Requests left in this minute and seconds until it resets.", schema: { type: "string" } },
          "RateLimit-Policy": { description: "The key's limit per window.", schema: { type: "string" } },
        },
        content: { "application/json": { schema: { $ref: `#/components/schemas/${e.response}` }, ...(e.example ? { example: e.example.response } : {}) } },
      },
    };
    for (const [status, kinds] of Object.entries(problemResponse(e.problems))) {
      responses[status] = {
        description: kinds.map((k) => problemBody(k, "").title).join("; "),
        ...(status === "401" ? { headers: { "WWW-Authenticate": { schema: { type: "string" }, description: "Bearer" } } } : {}),
        ...(status === "429" ? { headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } } } : {}),
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      };
    }
    paths[e.path] = {
      ...paths[e.path],
      [e.method]: {
        operationId: e.operationId,
        summary: e.summary,
        description: e.description,
        tags: [e.path.slice(1)],
        security: [{ apiKey: [e.scope] }],
        ...(e.list ? { parameters: listParameters() } : {}),
        ...(e.request
          ? { requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${e.request}` }, ...(e.example?.request ? { example: e.example.request } : {}) } } } }
          : {}),
        responses,
        "x-required-scope": e.scope,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Kizuna REST API",
      version: "1.0.0",
      description:
        "Read and sync a company's alumni network from other systems (an HR system, an ATS, a data warehouse). Every call is made with an API key an admin creates under Settings → API keys; the key decides the company. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: `${origin}/api/v1` }],
    security: [{ apiKey: [] }],
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: `An API key (\`kz_live_…\`) as \`Authorization: Bearer <key>\`. Scopes: ${API_SCOPES.map((s) => `\`${s}\` (${SCOPE_DESCRIPTIONS[s]})`).join(", ")}`,
        },
      },
    },
    "x-problem-types": PROBLEM_KINDS.map((kind) => ({ kind, ...problemBody(kind, "") })),
  };
}
