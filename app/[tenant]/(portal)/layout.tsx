import type { ReactNode } from "react";
import { PortalShell } from "@/components/layout/portal-shell";
import { requireTenantPage } from "@/lib/tenancy/guard";

export default async function PortalLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const context = await requireTenantPage((await params).tenant);
  return <PortalShell context={context}>{children}</PortalShell>;
}
