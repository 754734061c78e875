import { z } from "zod";
import { companySchema } from "@/lib/tenants/schema";

export const operatorCreateTenantSchema = companySchema.extend({
  nameEn: z.string().trim().max(100).optional().transform((v) => v || null),
  defaultLocale: z.enum(["ja", "en"]).default("ja"),
  ownerName: z.string().trim().min(1).max(100),
  ownerEmail: z.email().trim().toLowerCase(),
});

export const suspendTenantSchema = z.object({
  tenantId: z.string().min(1).max(40),
  reason: z.string().trim().min(1).max(500),
});

export const reactivateTenantSchema = z.object({ tenantId: z.string().min(1).max(40) });
