import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SchemaTable } from "@/components/api-docs/schema-table";
import { LIMITS } from "@/lib/abuse/limits";
import { ENDPOINTS, openApiDocument } from "@/lib/api/openapi";
import { PROBLEM_KINDS, problemBody } from "@/lib/api/problem";
import { API_SCOPES } from "@/lib/api/scopes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("title") };
}

type Json = Record<string, unknown>;

const code = "overflow-x-auto rounded-md bg-stone-900 p-3 font-mono text-xs text-stone-100";

/**
 * The REST API reference, rendered on the server from the same OpenAPI document /api/v1/openapi.json serves (no
 * client script, so it lives under the strict nonce CSP of decision 019). Endpoint texts are the document's own.
 */
export default async function ApiReferencePage() {
  const [t, tk, request] = await Promise.all([getTranslations("api"), getTranslations("apiKeys"), headers()]);
  // Examples name the address this page was opened at, so they can be pasted as they are.
  const origin = `${request.get("x-forwarded-proto") === "https" ? "https" : "http"}://${request.get("host") ?? "localhost:3000"}`;
  const document = openApiDocument(origin);
  const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
  const operation = (path: string, method: string) => ((document.paths as Record<string, Json>)[path]![method] as Json);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-10 px-4 py-10">
      <header>
        <h1 className="text-3xl font-bold text-stone-900">{t("title")}</h1>
        <p className="mt-2 text-stone-700">{t("lead")}</p>
        <p className="mt-2 text-sm">
          <a href="/api/v1/openapi.json" className="text-brand-800 underline">{t("document")}</a> · <code className="font-mono">/api/v1</code>
        </p>
        <nav aria-label={t("contents")} className="mt-4 text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {["auth", "pagination", "rate", "errors", "endpoints", "schemas"].map((id) => (
              <li key={id}><a href={`#${id}`} className="text-brand-800 underline">{t(`${id === "auth" ? "authTitle" : `${id}Title`}` as never)}</a></li>
            ))}
          </ul>
        </nav>
      </header>

      <section id="auth" aria-labelledby="auth-h" className="flex flex-col gap-3">
        <h2 id="auth-h" className="text-xl font-semibold text-stone-900">{t("authTitle")}</h2>
        <p className="text-stone-700">{t("auth")}</p>
        <pre className={code}>{`curl -H "Authorization: Bearer kz_live_…" "${origin}/api/v1/members?limit=100"`}</pre>
        <h3 className="font-semibold text-stone-900">{t("scopesTitle")}</h3>
        <ul className="list-disc pl-6 text-stone-700">
          {API_SCOPES.map((s) => <li key={s}><code className="font-mono">{s}</code> — {tk(`scopeHints.${s.replace(":", "_")}` as never)}</li>)}
        </ul>
      </section>

      <section id="pagination" aria-labelledby="pagination-h" className="flex flex-col gap-3">
        <h2 id="pagination-h" className="text-xl font-semibold text-stone-900">{t("paginationTitle")}</h2>
        <p className="text-stone-700">{t("pagination")}</p>
      </section>

      <section id="rate" aria-labelledby="rate-h" className="flex flex-col gap-3">
        <h2 id="rate-h" className="text-xl font-semibold text-stone-900">{t("rateTitle")}</h2>
        <p className="text-stone-700">{t("rate", { limit: LIMITS.apiRequestsPerKey.points })}</p>
      </section>

      <section id="errors" aria-labelledby="errors-h" className="flex flex-col gap-3">
        <h2 id="errors-h" className="text-xl font-semibold text-stone-900">{t("errorsTitle")}</h2>
        <p className="text-stone-700">{t("errors")}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {PROBLEM_KINDS.map((kind) => {
            const p = problemBody(kind, "");
            return [
              <dt key={`${kind}-s`} id={`problem-${kind}`} className="font-mono tabular-nums">{p.status}</dt>,
              <dd key={`${kind}-t`} className="text-stone-700">{p.title} <code className="font-mono text-xs text-stone-500">{p.type}</code></dd>,
            ];
          })}
        </dl>
        <pre className={code}>{JSON.stringify({ ...problemBody("validation", "Some entries are not valid."), errors: [{ pointer: "/entries/3/email", detail: "Invalid email address" }] }, null, 2)}</pre>
      </section>

      <section id="endpoints" aria-labelledby="endpoints-h" className="flex flex-col gap-8">
        <h2 id="endpoints-h" className="text-xl font-semibold text-stone-900">{t("endpointsTitle")}</h2>
        {ENDPOINTS.map((e) => {
          const op = operation(e.path, e.method);
          const parameters = (op.parameters ?? []) as { name: string; description?: string; schema: Json }[];
          return (
            <article key={e.operationId} id={e.operationId} aria-labelledby={`${e.operationId}-h`} className="flex flex-col gap-3 border-t border-stone-200 pt-6">
              <h3 id={`${e.operationId}-h`} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-stone-900">
                <span className="rounded bg-brand-700 px-2 py-0.5 font-mono text-sm text-white">{e.method.toUpperCase()}</span>
                <code className="font-mono">/api/v1{e.path}</code>
                <span className="text-base font-normal text-stone-600">{e.summary}</span>
              </h3>
              <p className="text-stone-700">{e.description}</p>
              <p className="text-sm text-stone-700">{t("scope")}: <code className="font-mono">{e.scope}</code></p>
              {parameters.length ? (
                <>
                  <h4 className="font-semibold text-stone-900">{t("parameters")}</h4>
                  <SchemaTable rows={parameters.map((p) => ({ name: p.name, type: String(p.schema.type ?? ""), required: false, description: p.description ?? "" }))} />
                </>
              ) : null}
              {e.request ? (
                <p className="text-sm text-stone-700">{t("requestBody")}: <a href={`#schema-${e.request}`} className="font-mono text-brand-800 underline">{e.request}</a></p>
              ) : null}
              <p className="text-sm text-stone-700">
                {t("response")}: <a href={`#schema-${e.response}`} className="font-mono text-brand-800 underline">{e.response}</a>
                {" · "}{t("status")}: {Object.keys(op.responses as Json).join(", ")}
              </p>
              {e.example ? (
                <>
                  <h4 className="font-semibold text-stone-900">{t("example")}</h4>
                  <pre className={code}>
                    {`curl -X ${e.method.toUpperCase()} ${origin}/api/v1${e.path} \\\n  -H "Authorization: Bearer kz_live_…"${e.example.request ? ` \\\n  -H "Content-Type: application/json" \\\n  -d '${JSON.stringify(e.example.request)}'` : ""}`}
                  </pre>
                  <pre className={code}>{JSON.stringify(e.example.response, null, 2)}</pre>
                </>
              ) : null}
            </article>
          );
        })}
      </section>

      <section id="schemas" aria-labelledby="schemas-h" className="flex flex-col gap-6">
        <h2 id="schemas-h" className="text-xl font-semibold text-stone-900">{t("schemasTitle")}</h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <article key={name} id={`schema-${name}`} aria-labelledby={`schema-${name}-h`} className="flex flex-col gap-2">
            <h3 id={`schema-${name}-h`} className="font-mono font-semibold text-stone-900">{name}</h3>
            {schema.description ? <p className="text-sm text-stone-700">{String(schema.description)}</p> : null}
            <SchemaTable rows={propertiesOf(schema)} />
          </article>
        ))}
      </section>
    </div>
  );
}

/** One row per property of an object schema: its type in words (refs by name), whether required, its description. */
function propertiesOf(schema: Json) {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, p]) => ({ name, type: typeOf(p), required: required.has(name), description: String(p.description ?? "") }));
}

function typeOf(p: Json): string {
  if (typeof p.$ref === "string") {
    return p.$ref.split("/").pop()!;
  }
  if (Array.isArray(p.anyOf)) {
    return (p.anyOf as Json[]).map(typeOf).join(" | ");
  }
  if (p.type === "array") {
    return `${typeOf((p.items ?? {}) as Json)}[]`;
  }
  if (Array.isArray(p.enum)) {
    return p.enum.map((v) => JSON.stringify(v)).join(" | ");
  }
  return `${String(p.type ?? "object")}${typeof p.format === "string" ? ` (${p.format})` : ""}`;
}
