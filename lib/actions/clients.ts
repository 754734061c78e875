import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { ssoVerdict } from "@/lib/sso/access";
import type { Permission } from "@/lib/tenancy/permissions";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { echoValues, formValues, type ActionInput, type ActionResult } from "./result";
import { translateIssues } from "./validation";

// Three trust levels for server actions. Each parses its input with zod before the body runs, so a body only
// ever sees valid data; the tenant wrapper also decides membership first, so a body only ever runs for a member
// with the permission. Everyone else gets a 404, the same answer as for a tenant that does not exist.

type Action<R> = (previous: unknown, input: ActionInput) => Promise<ActionResult<R>>;

async function parse<S extends z.ZodType>(schema: S, input: ActionInput) {
  const values = formValues(input);
  // PostgreSQL refuses text with a NUL character (the whole query fails): no field may carry one that far.
  const withNul = Object.keys(values).filter((key) => holdsNul(values[key]));
  const parsed = withNul.length ? null : await schema.safeParseAsync(values);
  if (parsed?.success) {
    return { ok: true as const, data: parsed.data as z.output<S> };
  }
  const t = await getTranslations("validation");
  const failure: ActionResult<never> = {
    ok: false,
    fieldErrors: parsed ? translateIssues(parsed.error.issues, t) : Object.fromEntries(withNul.map((key) => [key, t("invalid")])),
    values: echoValues(values),
  };
  return { ok: false as const, failure };
}

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") {
    return value.includes("\u0000");
  }
  if (depth < 4 && typeof value === "object" && value !== null && !(value instanceof Blob)) {
    return Object.values(value).some((v) => holdsNul(v, depth + 1));
  }
  return false;
}

export function publicAction<S extends z.ZodType, R>(
  schema: S,
  body: (input: z.output<S>) => Promise<ActionResult<R>>,
): Action<R> {
  return async (_previous, input) => {
    const parsed = await parse(schema, input);
    return parsed.ok ? body(parsed.data) : parsed.failure;
  };
}

export function userAction<S extends z.ZodType, R>(
  schema: S,
  body: (input: z.output<S>, user: { id: string }) => Promise<ActionResult<R>>,
): Action<R> {
  return async (_previous, input) => {
    const session = await getSession();
    // The account itself (address, password, deletion) is changed on Kizuna's own address, never through a
    // session limited to one company's domain (decisions/032).
    if (!session || session.siteTenantId) {
      notFound();
    }
    const parsed = await parse(schema, input);
    return parsed.ok ? body(parsed.data, { id: session.user.id }) : parsed.failure;
  };
}

const tenantField = z.object({ tenant: z.string().min(1).max(64) });

export function tenantAction<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  body: (input: z.output<S>, context: TenantContext) => Promise<ActionResult<R>>,
): Action<R> {
  return async (_previous, input) => {
    const session = await getSession();
    const slug = tenantField.safeParse(formValues(input));
    if (!session || !slug.success) {
      notFound();
    }
    const context = await resolveTenantContext(slug.data.tenant, session.user.id);
    // A session from another company's SSO, or staff work without the SSO this company requires: as a non-member.
    if (!context || !context.permissions.has(permission) || (await ssoVerdict(session, context, permission)) !== "ok") {
      notFound();
    }
    const parsed = await parse(schema, input);
    return parsed.ok ? body(parsed.data, context) : parsed.failure;
  };
}

/** For the platform operators' console: anyone else, signed in or not, gets the same 404 as for a missing page. */
export function operatorAction<S extends z.ZodType, R>(
  schema: S,
  body: (input: z.output<S>, operator: { id: string }) => Promise<ActionResult<R>>,
): Action<R> {
  return async (_previous, input) => {
    const session = await getSession();
    if (!session?.isPlatformOperator) {
      notFound();
    }
    const parsed = await parse(schema, input);
    return parsed.ok ? body(parsed.data, { id: session.user.id }) : parsed.failure;
  };
}
