import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { findActiveTenant, findTenantWithMembership } from "@/lib/tenancy/resolve";
import { isReservedSlug } from "@/lib/tenancy/slug";
import { DEFAULT_TIME_ZONE, LOCALE_COOKIE } from "./config";
import { messagesFor } from "./messages";
import { negotiateLocale } from "./negotiate";

/** The slug a path is about, e.g. "demo" for /demo/admin; null outside tenant pages. */
function tenantSlugOf(path: string | null): string | null {
  const first = path?.split(/[/?]/)[1];
  return first && !isReservedSlug(first) && /^[a-z0-9-]+$/.test(first) ? first : null;
}

export default getRequestConfig(async () => {
  const [headerList, cookieStore, session] = await Promise.all([headers(), cookies(), getSession()]);
  const slug = tenantSlugOf(headerList.get("x-kizuna-path"));
  // Signed in, the tenant is read with the membership (the same cached statement the page's guard uses next).
  const userId = session?.user.id;
  const tenant = !slug ? null : userId ? (await findTenantWithMembership(slug, userId)).tenant : await findActiveTenant(slug);
  const locale = negotiateLocale({
    userLocale: session?.locale,
    cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    tenantDefault: tenant?.defaultLocale,
  });
  return { locale, messages: messagesFor(locale), timeZone: tenant?.timezone ?? DEFAULT_TIME_ZONE };
});
