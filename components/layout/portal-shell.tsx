import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { TenantLogo } from "@/components/branding/tenant-logo";
import { unreadAnnouncements } from "@/lib/broadcasts/announcements";
import { unreadNotifications } from "@/lib/notifications/read";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { InboxBell } from "./inbox-bell";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { SkipLink } from "./skip-link";

const navClass = "rounded px-2 py-1 text-sm text-stone-700 hover:bg-stone-200";
const currentClass = "font-semibold text-stone-900 underline decoration-brand-600 decoration-2 underline-offset-4";

/** The alumni portal's frame: the company's name, the portal's sections, language and sign-out. */
export async function PortalShell({ context, children }: { context: TenantContext; children: ReactNode }) {
  // Two counts per page: announcements unread, and the bell (one indexed count of notifications, which carry the
  // company's replies, direct messages, comments and mentions: decisions/024).
  const [t, te, ti, tn, locale, unread, bell] = await Promise.all([
    getTranslations("portal"),
    getTranslations("events"),
    getTranslations("inbox"),
    getTranslations("notifications"),
    getLocale(),
    unreadAnnouncements(context.tenant.id, context.membership.id),
    unreadNotifications(context.tenant.id, context.membership.id),
  ]);
  const base = `/${context.tenant.slug}`;
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href={base} className="flex items-center gap-2 font-bold text-stone-900">
            <TenantLogo tenantId={context.tenant.id} company={tenantDisplayName(context.tenant, locale)} className="h-8 max-w-40" />
            {tenantDisplayName(context.tenant, locale)}
            <span className="rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-800">{t("badge")}</span>
          </Link>
          <nav aria-label={t("nav")} className="flex flex-wrap items-center gap-1">
            <NavLink href={base} className={navClass} currentClassName={currentClass}>{t("home")}</NavLink>
            <NavLink href={`${base}/feed`} className={navClass} currentClassName={currentClass}>{(await getTranslations("feed"))("nav")}</NavLink>
            <NavLink href={`${base}/announcements`} className={navClass} currentClassName={currentClass}>
              {t("announcements")}
              {unread ? <span className="ml-1 rounded-full bg-brand-600 px-1.5 text-xs font-bold text-white" aria-label={t("unread", { count: unread })}>{unread}</span> : null}
            </NavLink>
            <NavLink href={`${base}/people`} className={navClass} currentClassName={currentClass}>{t("directory")}</NavLink>
            <NavLink href={`${base}/events`} className={navClass} currentClassName={currentClass}>{te("nav")}</NavLink>
            <NavLink href={`${base}/opportunities`} className={navClass} currentClassName={currentClass}>{(await getTranslations("opportunities"))("nav")}</NavLink>
            <NavLink href={`${base}/messages`} className={navClass} currentClassName={currentClass}>{ti("nav")}</NavLink>
            <NavLink href={`${base}/surveys`} className={navClass} currentClassName={currentClass}>{t("surveys")}</NavLink>
            <NavLink href={`${base}/profile`} className={navClass} currentClassName={currentClass}>{t("myProfile")}</NavLink>
            {context.permissions.has("admin.view") ? (
              <NavLink href={`${base}/admin`} className={navClass} currentClassName={currentClass}>{t("admin")}</NavLink>
            ) : null}
            <NavLink href="/account" className={navClass} currentClassName={currentClass}>{t("account")}</NavLink>
            <InboxBell href={`${base}/notifications`} count={bell} label={bell ? tn("bell", { count: bell }) : tn("bellNone")} />
            <LocaleSwitcher />
            <SignOutButton />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">{children}</main>
    </div>
  );
}
