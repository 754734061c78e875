// Every error the REST API answers is an RFC 9457 problem document, built here so each has the same shape. `type`
// points at the section of the API reference that explains it (a relative reference, resolved against the API's
// origin).

export type ProblemKind = "unauthorized" | "forbidden" | "suspended" | "not-found" | "validation" | "conflict" | "rate-limited" | "too-large" | "server-error";

const STATUS: Record<ProblemKind, number> = {
  unauthorized: 401, forbidden: 403, suspended: 403, "not-found": 404, validation: 422, conflict: 409, "rate-limited": 429, "too-large": 413, "server-error": 500,
};

const TITLES: Record<ProblemKind, string> = {
  unauthorized: "Missing or invalid API key",
  forbidden: "The key lacks the scope this needs",
  suspended: "The company's network is suspended",
  "not-found": "Not found",
  validation: "The request is not valid",
  conflict: "The request conflicts with existing data",
  "rate-limited": "Too many requests",
  "too-large": "The request is too large",
  "server-error": "Something went wrong on our side",
};

/** One validation error: a JSON Pointer (RFC 6901) into the body, or the query parameter's name. */
export type ProblemError = { pointer: string; detail: string } | { parameter: string; detail: string };

export type Problem = { type: string; title: string; status: number; detail: string; errors?: ProblemError[] };

export const problemType = (kind: ProblemKind) => `/docs/api#problem-${kind}`;

export function problemBody(kind: ProblemKind, detail: string, errors?: ProblemError[]): Problem {
  return { type: problemType(kind), title: TITLES[kind], status: STATUS[kind], detail, ...(errors ? { errors } : {}) };
}

export function problem(kind: ProblemKind, detail: string, options: { errors?: ProblemError[]; headers?: Record<string, string> } = {}): Response {
  const headers = new Headers({ "content-type": "application/problem+json", "cache-control": "no-store", ...options.headers });
  // RFC 6750: a 401 names the scheme; a key that was sent but is unknown or revoked adds error="invalid_token".
  if (kind === "unauthorized" && !headers.has("www-authenticate")) {
    headers.set("www-authenticate", 'Bearer realm="kizuna"');
  }
  return new Response(JSON.stringify(problemBody(kind, detail, options.errors)), { status: STATUS[kind], headers });
}

export const PROBLEM_KINDS = Object.keys(STATUS) as ProblemKind[];
export const problemTitle = (kind: ProblemKind) => TITLES[kind];
export const problemStatus = (kind: ProblemKind) => STATUS[kind];
