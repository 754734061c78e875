import type { DefaultSession } from "next-auth";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { SessionMembership } from "./session-facts";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    locale?: Locale | null;
    isPlatformOperator?: boolean;
    memberships: SessionMembership[];
    /** Set when the session was carried to a company's own domain: it acts in that company only (decisions/032). */
    siteTenantId?: string;
    /** The company whose identity provider signed this session in (decision 031), or null. */
    ssoTenantId?: string | null;
  }
}
