import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { unreadConversationsForStaff } from "@/lib/inbox/unread";
import { countOpenReports } from "@/lib/inbox/reports";
import { countApplicants } from "@/lib/join/applicants";
import { unreadNotifications } from "@/lib/notifications/read";
import { tenantDisplayName } from "@/lib/tenancy/display";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { InboxBell } from "./inbox-bell";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { SkipLink } from "./skip-link";

/** The company-admin portal's frame: a dark bar that says "you are in the admin", and its sections. */
export async function AdminShell({ context, children }: { context: TenantContext; children: ReactNode }) {
  const inbox = context.permissions.has("inbox.manage");
  const moderate = context.permissions.has("alumni.manage");
  // The bell is the person's notifications (one indexed count, decisions/024); the inbox link keeps the shared
  // inbox's own count (open conversations, mine or nobody's, with unread alumnus messages), as before.
  const [t, ta, te, ti, tm, tn, locale, waiting, unreadInbox, reports, bell] = await Promise.all([
    getTranslations("admin"),
    getTranslations("applicants"),
    getTranslations("events"),
    getTranslations("inbox"),
    getTranslations("moderation"),
    getTranslations("notifications"),
    getLocale(),
    context.permissions.has("alumni.manage") ? countApplicants(context) : Promise.resolve(0),
    inbox ? unreadConversationsForStaff(context.tenant.id, context.membership.id) : Promise.resolve(0),
    moderate ? countOpenReports(context.tenant.id) : Promise.resolve(0),
    unreadNotifications(context.tenant.id, context.membership.id),
  ]);
  const base = `/${context.tenant.slug}`;
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <header className="bg-stone-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href={`${base}/admin`} className="font-bold">
            {tenantDisplayName(context.tenant, locale)}
            <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-semibold">{t("badge")}</span>
          </Link>
          <nav aria-label={t("nav")} className="flex flex-wrap items-center gap-1 text-sm">
            <NavLink href={`${base}/admin`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("dashboard")}</NavLink>
            {context.permissions.has("alumni.read") ? (
              <NavLink href={`${base}/admin/alumni`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("alumni")}</NavLink>
            ) : null}
            {context.permissions.has("roster.manage") ? (
              <NavLink href={`${base}/admin/roster`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("roster")}</NavLink>
            ) : null}
            {context.permissions.has("roster.manage") ? (
              <NavLink href={`${base}/admin/new-leavers`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("newLeavers")}</NavLink>
            ) : null}
            {context.permissions.has("alumni.manage") ? (
              <NavLink href={`${base}/admin/applicants`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">
                {t("applicants")}
                {waiting ? <span className="ml-1 rounded-full bg-brand-600 px-1.5 text-xs font-bold" aria-label={ta("badge", { count: waiting })}>{waiting}</span> : null}
              </NavLink>
            ) : null}
            {context.permissions.has("analytics.view") ? (
              <NavLink href={`${base}/admin/goals`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("goals")}</NavLink>
            ) : null}
            {context.permissions.has("analytics.view") ? (
              <NavLink href={`${base}/admin/surveys`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("surveys")}</NavLink>
            ) : null}
            {context.permissions.has("events.manage") ? (
              <NavLink href={`${base}/admin/events`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{te("nav")}</NavLink>
            ) : null}
            {context.permissions.has("opportunities.manage") ? <NavLink href={`${base}/admin/opportunities`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{(await getTranslations("opportunities"))("nav")}</NavLink> : null}{context.permissions.has("pipeline.read") ? <NavLink href={`${base}/admin/pipeline`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{(await getTranslations("pipeline"))("nav")}</NavLink> : null}
            {context.permissions.has("feed.manage") ? <NavLink href={`${base}/admin/feed`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{(await getTranslations("feed"))("adminNav")}</NavLink> : null}
            {inbox ? (
              <NavLink href={`${base}/admin/inbox`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">
                {ti("admin.nav")}
                {unreadInbox ? <span data-testid="inbox-count" className="ml-1 rounded-full bg-brand-600 px-1.5 text-xs font-bold" aria-label={ti("admin.bell", { count: unreadInbox })}>{unreadInbox}</span> : null}
              </NavLink>
            ) : null}
            {moderate ? (
              <NavLink href={`${base}/admin/moderation`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">
                {tm("nav")}
                {reports ? <span className="ml-1 rounded-full bg-brand-600 px-1.5 text-xs font-bold" aria-label={tm("badge", { count: reports })}>{reports}</span> : null}
              </NavLink>
            ) : null}
            {context.permissions.has("broadcast.draft") ? (
              <NavLink href={`${base}/admin/broadcasts`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("broadcasts")}</NavLink>
            ) : null}
            {context.permissions.has("settings.manage") ? (
              <NavLink href={`${base}/admin/templates`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{(await getTranslations("templates"))("nav")}</NavLink>
            ) : null}
            {context.permissions.has("audit.read") ? (
              <NavLink href={`${base}/admin/audit`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{t("audit")}</NavLink>
            ) : null}
            {context.permissions.has("analytics.view") ? (
              <NavLink href={`${base}/admin/guides`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{(await getTranslations("playbook"))("nav")}</NavLink>
            ) : null}
            {context.permissions.has("settings.manage") ? (
              <NavLink href={`${base}/admin/settings`} className="rounded px-2 py-1 hover:bg-stone-700" currentClassName="bg-stone-700 font-semibold">{tm("settings.nav")}</NavLink>
            ) : null}
            <Link href={base} className="rounded px-2 py-1 hover:bg-stone-700">{t("viewPortal")}</Link>
            <InboxBell tone="dark" href={`${base}/notifications`} count={bell} label={bell ? tn("bell", { count: bell }) : tn("bellNone")} />
            <LocaleSwitcher tone="dark" />
            <SignOutButton tone="dark" />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">{children}</main>
    </div>
  );
}
