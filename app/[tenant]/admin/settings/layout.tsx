import type { ReactNode } from "react";
import { SettingsMenu } from "@/components/settings/settings-menu";
import { requireTenantPage } from "@/lib/tenancy/guard";

export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const context = await requireTenantPage((await params).tenant, "settings.manage");
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <SettingsMenu context={context} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
