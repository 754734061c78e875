/** A company's name in the reader's language: the English name for English readers when the company gave one. */
export function tenantDisplayName(tenant: { name: string; nameEn: string | null }, locale: string): string {
  return locale === "en" && tenant.nameEn ? tenant.nameEn : tenant.name;
}
