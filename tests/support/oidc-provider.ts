// A real OpenID Connect provider on this machine (the `oidc-provider` package, as identity providers are built),
// for the SSO tests: one confidential client, and anyone may log in at its development login page — the login
// name is the account's email. Its claims can be changed per account (e.g. an unverified address).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type TestIdp = { issuer: string; clientId: string; clientSecret: string; close: () => Promise<void> };

type Options = { redirectUri: string; claims?: (email: string) => Record<string, unknown> };

export async function startTestIdp({ redirectUri, claims = () => ({}) }: Options): Promise<TestIdp> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "kizuna-test";
  const clientSecret = "kizuna-test-secret-0123456789abcdef";
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: true, name: sub.split("@")[0], ...claims(sub) }),
    }),
    cookies: { keys: ["kizuna-test-idp-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    // The id_token carries the claims too, as Entra ID and Google send them.
    conformIdTokenClaims: false,
  });
  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
