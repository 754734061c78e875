import type { Metadata } from "next";
import type { CSSProperties, ReactNode } from "react";
import { brandCssVariables } from "@/lib/branding/colour";
import { tenantBranding } from "@/lib/branding/read";
import { findActiveTenant } from "@/lib/tenancy/resolve";

type Props = { params: Promise<{ tenant: string }> };

async function brandingOf(slug: string) {
  const tenant = await findActiveTenant(slug);
  return tenant ? tenantBranding(tenant.id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const favicon = (await brandingOf((await params).tenant))?.favicon;
  return favicon ? { icons: { icon: [{ url: favicon.url, type: "image/png" }] } } : {};
}

/**
 * Every page of a company (landing, portal, admin, joining) draws its `brand-*` utilities from the company's
 * colour: the shades are CSS variables on this wrapper, server-rendered, so there is no flash of Kizuna's amber.
 * An inline style attribute is allowed by the CSP's style-src (decisions/019); `contents` keeps it out of layout.
 */
export default async function TenantLayout({ children, params }: Props & { children: ReactNode }) {
  const branding = await brandingOf((await params).tenant);
  return (
    <div className="contents" data-brand={branding?.color ?? undefined} style={brandCssVariables(branding?.color) as CSSProperties | undefined}>
      {children}
    </div>
  );
}
