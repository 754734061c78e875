import type { ReactNode } from "react";
import { AdminShell } from "@/components/layout/admin-shell";
import { requireTenantPage } from "@/lib/tenancy/guard";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const context = await requireTenantPage((await params).tenant, "admin.view");
  return <AdminShell context={context}>{children}</AdminShell>;
}
