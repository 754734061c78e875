import { env } from "@/lib/env";

/** Kizuna's own address (AUTH_URL), where sign-in happens; in development without it, the local server. */
export function appOrigin(): string {
  return env().AUTH_URL ? new URL(env().AUTH_URL!).origin : `http://localhost:${process.env.PORT ?? 3000}`;
}

export function appHostname(): string | null {
  return env().AUTH_URL ? new URL(env().AUTH_URL!).hostname : null;
}
