import { db } from "@/lib/db";
import { API_SCOPES, type ApiScope } from "@/lib/api/scopes";
import { newSecret } from "@/lib/api/secret";

/** An API key of the company, made as the settings page makes one; answers the secret the page would show once. */
export async function createApiKey(tenantId: string, options: { scopes?: readonly ApiScope[]; name?: string; revoked?: boolean; createdById?: string } = {}) {
  const { secret, prefix, hash } = newSecret();
  const key = await db.apiKey.create({
    data: {
      tenantId, name: options.name ?? "人事システム連携", prefix, secretHash: hash, scopes: [...(options.scopes ?? API_SCOPES)],
      createdById: options.createdById ?? null, revokedAt: options.revoked ? new Date() : null,
    },
  });
  return { id: key.id, secret };
}

/** A request to the REST API as an HR system sends it. */
export function apiRequest(path: string, secret: string | null, init: { method?: string; body?: unknown } = {}): Request {
  const headers = new Headers();
  if (secret) {
    headers.set("authorization", `Bearer ${secret}`);
  }
  if (init.body !== undefined) {
    headers.set("content-type", "application/json");
  }
  return new Request(`http://localhost/api/v1${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}
