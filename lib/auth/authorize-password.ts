import "server-only";
// From @auth/core itself (what next-auth re-exports): importable outside Next, e.g. in the integration tests.
import { CredentialsSignin } from "@auth/core/errors";
import { z } from "zod";
import { clientIp } from "@/lib/abuse/client-ip";
import { consume, forget, secondsBlocked } from "@/lib/abuse/limits";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";

const credentialsSchema = z.object({ email: z.email().trim().toLowerCase(), password: z.string().min(1).max(200) });

/** Too many tries: the sign-in form says so (the same for an address with or without an account). */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

// Verifying against a throwaway hash when the email is unknown keeps the timing the same either way.
let decoyHash: Promise<string> | undefined;

/**
 * The password check, behind three limits (lib/abuse/limits.ts): wrong passwords per account from one address,
 * per account from anywhere, and attempts per address. They count the same whether the account exists, so being
 * limited says nothing about it; and they expire, so nobody can lock another person out for longer than a window —
 * a sign-in link (its own limit) works meanwhile.
 */
export async function authorizeWithPassword(raw: Partial<Record<string, unknown>>, request?: Request) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) {
    return null;
  }
  const { email, password } = parsed.data;
  const ip = request ? clientIp(request.headers) : "unknown";
  const pair = `${email}|${ip}`;
  const blocked = Math.max(
    await secondsBlocked("signInFailuresPerAccountAndIp", pair),
    await secondsBlocked("signInFailuresPerAccount", email),
    await consume("signInAttemptsPerIp", ip),
  );
  if (blocked) {
    throw new SignInRateLimited();
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  let valid = false;
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, password);
  } else {
    valid = await verifyPassword(user.passwordHash, password);
  }
  if (!user || !valid) {
    await Promise.all([consume("signInFailuresPerAccountAndIp", pair), consume("signInFailuresPerAccount", email)]);
    return null;
  }
  await forget("signInFailuresPerAccountAndIp", pair);
  return { id: user.id, email: user.email, name: user.name };
}
