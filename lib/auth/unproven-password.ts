import "server-only";
import { db } from "@/lib/db";

/**
 * A password set on an account whose email was never proven (e.g. someone signed up a company with another
 * person's address) must not outlive the owner's first proof of the address: it is dropped then.
 */
export async function forgetUnprovenPassword(userId: string): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, emailVerified: null, passwordHash: { not: null } },
    data: { passwordHash: null },
  });
  return count > 0;
}
