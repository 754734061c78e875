import "server-only";
import { clientIp } from "@/lib/abuse/client-ip";
import { consume } from "@/lib/abuse/limits";

/**
 * Whether another sign-in link may be sent to this address, asked from this network address: counted per address
 * (nobody's inbox is flooded) and per network address, whether or not the address has an account — so the answer
 * tells nothing about it. Asked by Auth.js's signIn callback, so the form and Auth.js's own endpoint both meet it.
 */
export async function allowSignInLink(email: string, headers: Headers): Promise<boolean> {
  return !(await consume("signInLinksPerIp", clientIp(headers))) && !(await consume("signInLinksPerAddress", email.toLowerCase()));
}
