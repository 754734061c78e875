/** `name=value` pairs from a response's set-cookie headers. */
function cookiesFrom(response: Response): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";", 1)[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) {
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  return cookies;
}

const header = (cookies: Map<string, string>) => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/**
 * Signs in through Auth.js's credentials provider (id `password`) the way a browser form would: fetch a CSRF
 * token (and its cookie), post the credentials, keep the session cookie (possibly chunked: `.0`, `.1`, …).
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  if (!csrf.ok) {
    throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  }
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) {
    throw new Error("GET /api/auth/csrf returned no csrfToken");
  }
  const jar = cookiesFrom(csrf);
  const callback = await fetch(new URL("/api/auth/callback/password", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: new URL("/", baseUrl).href }),
  });
  const session = new Map([...cookiesFrom(callback)].filter(([name]) => name.startsWith("authjs.session-token")));
  if (session.size === 0) {
    const where = callback.headers.get("location") ?? "";
    throw new Error(`Signing in as ${email} set no session cookie (status ${callback.status}${where ? `, to ${where}` : ""})`);
  }
  return header(session);
}
