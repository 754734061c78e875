import type { Locale } from "@/lib/generated/prisma/enums";

/** Who is joining a company: the signed-in account, or a new one made on the join form. */
export type Joiner = { userId: string } | { newAccount: { name: string; password: string; locale: Locale } };
