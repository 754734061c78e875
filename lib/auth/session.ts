import "server-only";
import { cache } from "react";
import type { Session } from "next-auth";
import { auth } from "./index";

/** The current session (with the user's memberships), read once per request. */
export const getSession = cache(async (): Promise<Session | null> => {
  const session = await auth();
  return session?.user?.id ? session : null;
});
