import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

export const joinSettingsSchema = z.object({
  registrationRule: z.enum(["INVITE_ONLY", "ROSTER_MATCH", "APPROVAL"]),
  joinDomains: z
    .string()
    .optional()
    .transform((v) => [...new Set((v ?? "").split(/[\s,、]+/).map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))])
    .pipe(z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: "badDomain" })).max(20)),
});

/** Who may register without an invitation, and from which email domains. */
export async function updateJoinSettings(context: TenantContext, settings: z.output<typeof joinSettingsSchema>): Promise<void> {
  await db.tenant.update({ where: { id: context.tenant.id }, data: settings });
}
