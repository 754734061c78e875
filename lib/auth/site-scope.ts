import "server-only";
import { getSession } from "./session";

/** The one company the current session is limited to (a session on a company's own domain), or null. */
export async function siteScope(): Promise<string | null> {
  try {
    return (await getSession())?.siteTenantId ?? null;
  } catch {
    // Outside a request (jobs, scripts) there is no session, so nothing to limit.
    return null;
  }
}
