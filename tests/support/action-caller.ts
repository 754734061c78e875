// Who calls a server action under test. In a real request the Auth.js cookie says so; here the test does:
//   vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
//   vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
// then sets `caller.userId` (null: signed out). Messages are the Japanese catalog, as a ja user would see them.
import { translatorFor } from "@/lib/i18n/messages";

export const caller = { userId: null as string | null };

export const sessionModule = {
  getSession: async () => (caller.userId ? { user: { id: caller.userId }, memberships: [], expires: "" } : null),
};

export const intlModule = {
  getTranslations: async (namespace: Parameters<typeof translatorFor>[1]) => translatorFor("ja", namespace),
  getLocale: async () => "ja",
};

/** Whether an action ended in Next's notFound() — the answer to anyone outside the tenant. */
export function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && String((error as { digest?: string }).digest).includes("404");
}

/** "ran" when the action returned, "404" when it answered not-found; anything else is rethrown as a failure. */
export async function outcomeOf(call: Promise<unknown>): Promise<"ran" | "404"> {
  return call.then(
    () => "ran" as const,
    (error: unknown) => {
      if (isNotFound(error)) {
        return "404" as const;
      }
      throw error;
    },
  );
}
