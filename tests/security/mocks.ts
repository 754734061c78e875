// What the security suites put in place of Next.js's request-bound modules, so server actions and route handlers
// run as plain functions. Each test file declares them (vi.mock is hoisted per file):
//   vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
//   vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
//   vi.mock("next/cache", async () => (await import("./mocks")).cacheModule);
//   vi.mock("next/headers", async () => (await import("./mocks")).headersModule);
//   vi.mock("next-auth", async () => (await import("./mocks")).nextAuthModule);
//   vi.mock("@/lib/auth", async () => (await import("./mocks")).authModule);
import { AuthError, CredentialsSignin } from "@auth/core/errors";
import { redirect } from "next/navigation";

export const cacheModule = { revalidatePath: () => undefined };

export const headersModule = {
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
};

// Auth.js (next-auth) does not load outside Next.js; its error classes (from @auth/core, which does) are all
// the actions need of it.
export const nextAuthModule = { AuthError, CredentialsSignin };

// Auth.js needs a real request: the password check is the real one, the rest is the redirect Auth.js would answer.
export const authModule = {
  signIn: async (provider: string, options: { email: string; password?: string; redirectTo?: string }) => {
    const { authorizeWithPassword } = await import("@/lib/auth/authorize-password");
    if (provider === "password" && !(await authorizeWithPassword({ email: options.email, password: options.password ?? "" }))) {
      throw new CredentialsSignin();
    }
    redirect(options.redirectTo ?? "/");
  },
  signOut: async (options?: { redirect?: boolean; redirectTo?: string }) => {
    if (options?.redirect !== false) {
      redirect(options?.redirectTo ?? "/");
    }
  },
  auth: async () => null,
  handlers: { GET: notCalled, POST: notCalled },
};

function notCalled(): never {
  throw new Error("Auth.js's own route is not called by the security suites (see the registry)");
}

export type Outcome = { kind: "404" } | { kind: "redirect"; to: string } | { kind: "refused"; answer: unknown } | { kind: "ok"; answer: unknown } | { kind: "crash"; error: unknown };

/** How a server action call ended, as the browser would see it: a 404, a redirect, an answer, or a crash (500). */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const answer = await call();
    const ok = typeof answer === "object" && answer !== null && (answer as { ok?: unknown }).ok === true;
    return ok || answer === undefined ? { kind: "ok", answer } : { kind: "refused", answer };
  } catch (error) {
    const digest = String((error as { digest?: unknown } | null)?.digest ?? "");
    if (digest.includes(";404")) {
      return { kind: "404" };
    }
    if (digest.startsWith("NEXT_REDIRECT")) {
      return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    }
    return { kind: "crash", error };
  }
}

export const describeOutcome = (o: Outcome) =>
  o.kind === "redirect" ? `redirect ${o.to}` : o.kind === "crash" ? `crash: ${String(o.error)}` : o.kind === "404" ? "404" : `${o.kind} ${JSON.stringify(o.answer).slice(0, 160)}`;
