import { z } from "zod";
import { slugSchema } from "@/lib/tenancy/slug";

export const companySchema = z.object({
  companyName: z.string().trim().min(1).max(100),
  slug: slugSchema,
});

export const ownerAccountSchema = z.object({
  ownerName: z.string().trim().min(1).max(100),
  ownerEmail: z.email().trim().toLowerCase(),
  ownerPassword: z.string().min(10, { error: "passwordTooShort" }).max(200),
});

export type CompanyInput = z.output<typeof companySchema>;
export type OwnerAccountInput = z.output<typeof ownerAccountSchema>;
