import type { Prisma } from "../../lib/generated/prisma/client";
import { sealSecret } from "../../lib/sso/secret-box";

// The demo company has entered its Microsoft Entra ID app but not switched SSO on (there is no such directory
// behind it), so the settings page shows a realistic configuration. The secret is sealed under this run's
// AUTH_SECRET; without one it is a value that does not open, and the page asks for it again.
export async function seedSso(tx: Prisma.TransactionClient, tenantId: string, staffUserId: string): Promise<void> {
  const secret = process.env.AUTH_SECRET;
  await tx.tenantSso.create({
    data: {
      tenantId,
      issuer: "https://login.microsoftonline.com/0b6d7c1e-4f2a-4c7b-9e3d-5a8f1c2b7d64/v2.0",
      clientId: "5f0c2a9e-7b3d-4e61-8c4a-2d9b6e1f3a70",
      clientSecretSealed: secret && secret.length >= 32 ? sealSecret("demo-client-secret-not-real", secret) : "v1.unset",
      allowedDomains: ["kanade-tech.co.jp"],
      trustUnverifiedEmail: true,
      updatedById: staffUserId,
    },
  });
}
