import "server-only";
import { notFound } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { requireSignedIn } from "@/lib/tenancy/guard";

/** The operator console exists only for platform operators; for everyone else it is a 404. */
export async function requirePlatformOperator(): Promise<string> {
  const userId = await requireSignedIn();
  const session = await getSession();
  if (!session?.isPlatformOperator) {
    notFound();
  }
  return userId;
}
