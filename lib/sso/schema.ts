import { z } from "zod";

const checkbox = z.string().optional().transform((v) => v === "on" || v === "true");

export const ssoIssuerSchema = z.object({ issuer: z.string().trim().min(1).max(500) });

export const ssoSettingsSchema = ssoIssuerSchema.extend({
  clientId: z.string().trim().min(1).max(500),
  // Blank keeps the stored secret: it is never shown back.
  clientSecret: z.string().max(2000).optional().transform((v) => v?.trim() || null),
  allowedDomains: z
    .string()
    .optional()
    .transform((v) => [...new Set((v ?? "").split(/[\s,、]+/).map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))])
    .pipe(z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: "badDomain" })).max(20)),
  trustUnverifiedEmail: checkbox,
  enabled: checkbox,
  staffMustUseSso: checkbox,
});

export type SsoSettingsInput = z.output<typeof ssoSettingsSchema>;

export const ssoStartSchema = z.object({
  tenant: z.string().min(1).max(64),
  callbackUrl: z.string().max(2000).optional(),
});
