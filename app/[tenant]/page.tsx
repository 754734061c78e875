import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PersonCard } from "@/components/alumni/person-card";
import { UpcomingEvents } from "@/components/events/upcoming-events";
import { FeedTeaser } from "@/components/feed/feed-teaser";
import { PortalShell } from "@/components/layout/portal-shell";
import { WaitingSurveys } from "@/components/surveys/waiting-surveys";
import { MembershipNotice } from "@/components/tenants/membership-notice";
import { TenantLanding } from "@/components/tenants/tenant-landing";
import { TenantSuspendedNotice } from "@/components/tenants/tenant-suspended-notice";
import { Stat } from "@/components/ui/stat";
import { photoUrlOf } from "@/lib/alumni/avatar/url";
import { getNetworkCounts, listRecentlyActiveAlumni } from "@/lib/alumni/queries";
import { tenureYears } from "@/lib/alumni/tenure";
import { recordActivity } from "@/lib/activity/record";
import { getSession } from "@/lib/auth/session";
import { listEventsForMember } from "@/lib/events/queries";
import { tenantDisplayName } from "@/lib/tenancy/display";
import { findActiveTenant, findTenantWithMembership, resolveTenantContext } from "@/lib/tenancy/resolve";
import { findSuspendedTenant } from "@/lib/tenancy/suspended";

type Props = { params: Promise<{ tenant: string }> };

/** A member sees the portal home; a signed-out visitor the company's landing; anyone else a 404. */
async function audienceOf(slug: string) {
  const session = await getSession();
  // Signed in, the tenant comes with their membership in it: one statement, shared with the context below.
  const { tenant, membership } = session ? await findTenantWithMembership(slug, session.user.id) : { tenant: await findActiveTenant(slug), membership: null };
  if (!tenant) {
    const suspended = await findSuspendedTenant(slug);
    if (suspended) {
      return { tenant: null, suspended, session: null, context: null };
    }
    notFound();
  }
  if (!session) {
    return { tenant, session: null, context: null };
  }
  // A session another company's SSO signed in opens that company only (decision 031).
  const context = session.ssoTenantId && session.ssoTenantId !== tenant.id ? null : await resolveTenantContext(slug, session.user.id);
  if (!context) {
    // Their own membership, waiting or suspended, is theirs to know about; anyone else learns nothing.
    if (membership?.status === "PENDING" || membership?.status === "SUSPENDED") {
      return { tenant, session, context: null, notice: membership.status };
    }
    notFound();
  }
  return { tenant, session, context };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const audience = await audienceOf((await params).tenant);
  return { title: tenantDisplayName(audience.tenant ?? audience.suspended!, await getLocale()) };
}

export default async function TenantHomePage({ params }: Props) {
  const { tenant: slug } = await params;
  const audience = await audienceOf(slug);
  if ("suspended" in audience && audience.suspended) {
    return <TenantSuspendedNotice tenant={audience.suspended} />;
  }
  const { tenant, session, context } = audience;
  if ("notice" in audience && audience.notice) {
    return <MembershipNotice tenant={tenant} status={audience.notice} />;
  }
  if (!session || !context) {
    return <TenantLanding tenant={tenant} />;
  }
  recordActivity(context);
  const [t, counts, recent, events] = await Promise.all([
    getTranslations("portal"),
    getNetworkCounts(context),
    listRecentlyActiveAlumni(context),
    listEventsForMember(context, "upcoming", { take: 3, publishedOnly: true }),
  ]);
  return (
    <PortalShell context={context}>
      <h1 className="text-2xl font-bold">{session.user.name ? t("welcome", { name: session.user.name }) : t("welcomeNoName")}</h1>
      <p className="mt-1 text-stone-600">{t("welcomeLead", { company: tenantDisplayName(tenant, await getLocale()) })}</p>
      <dl className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3">
        <Stat label={t("alumniCount")} value={String(counts.alumni)} />
        <Stat label={t("activeCount")} value={String(counts.active30)} />
      </dl>
      <FeedTeaser context={context} />
      <UpcomingEvents tenant={slug} events={events} />
      <WaitingSurveys context={context} />
      <section aria-labelledby="recent" className="mt-10">
        <h2 id="recent" className="text-lg font-semibold">{t("recentlyActive")}</h2>
        {recent.length === 0 ? (
          <p className="mt-3 text-stone-600">{t("noOneYet")}</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {recent.map((person) => (
              <li key={person.id}>
                <PersonCard person={person} href={`/${slug}/people/${person.id}`} tenure={tenureYears(person.joinedOn, person.leftOn)} photoUrl={photoUrlOf(slug, person, "small")} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </PortalShell>
  );
}
