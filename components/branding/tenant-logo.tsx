import { getTranslations } from "next-intl/server";
import { tenantBranding } from "@/lib/branding/read";

/** The company's logo where it has one (nothing otherwise), at the height the caller's class gives it. */
export async function TenantLogo({ tenantId, company, className }: { tenantId: string; company: string; className: string }) {
  const logo = (await tenantBranding(tenantId))?.logo;
  if (!logo) {
    return null;
  }
  const t = await getTranslations("branding");
  // eslint-disable-next-line @next/next/no-img-element -- our own route, already sized; no optimiser needed
  return <img src={logo.url} alt={t("logoAlt", { company })} width={logo.width} height={logo.height} className={`w-auto object-contain ${className}`} data-testid="tenant-logo" />;
}
