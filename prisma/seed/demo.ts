import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import type { Role } from "../../lib/generated/prisma/enums";
import { hashPassword } from "../../lib/auth/password";
import { INTERESTS } from "../../lib/alumni/interests";
import { seedActivity } from "./activity";
import { seedApiKeys } from "./api-keys";
import { seedGoals } from "./goals";
import { seedBroadcasts } from "./broadcasts";
import { seedDomain } from "./domain";
import { seedBranding } from "./branding";
import { seedTemplates } from "./templates";
import { seedWebhooks } from "./webhooks";
import { seedSso } from "./sso";
import { seedSurveys } from "./surveys";
import { seedDirectoryDemo } from "./directory";
import { demoAvatar } from "./avatars";
import { seedEmailDemo } from "./email-demo";
import { seedEvents } from "./events";
import { seedOnboardingHistory } from "./onboarding";
import { seedDirectMessages } from "./direct-messages";
import { seedFeed } from "./feed";
import { seedInbox } from "./inbox";
import { seedNotifications } from "./notifications";
import { seedOpportunities } from "./opportunities";
import { seedProgramHealthDemo } from "./program-health";
import { seedProgramSetup } from "./program-setup";
import { createRandom } from "./random";
import {
  BIOS, DEPARTMENTS, EMPLOYERS, ENGLISH_NAMES, FAMILY_NAMES, GIVEN_NAMES, LOCATIONS, SKILLS, TITLES,
} from "./vocabulary";

export const DEMO_PASSWORD = "kizuna-demo";

/** The accounts printed on the console and in the README. */
export const DEMO_ACCOUNTS = [
  { email: "owner@demo.kizuna.test", name: "大野 誠一", role: "OWNER", tenant: "demo", what: "company owner" },
  { email: "hr@demo.kizuna.test", name: "平野 美穂", role: "HR", tenant: "demo", what: "HR staff" },
  { email: "hanako@demo.kizuna.test", name: "佐藤 花子", role: "ALUMNI", tenant: "demo", what: "alumna (ja)" },
  { email: "emily@demo.kizuna.test", name: "Emily Carter", role: "ALUMNI", tenant: "demo", what: "alumna (en)" },
  { email: "owner@sakura.kizuna.test", name: "桜井 健太", role: "OWNER", tenant: "sakura", what: "owner of a second company" },
] as const satisfies readonly { email: string; name: string; role: Role; tenant: string; what: string }[];

export const DEMO_TENANTS = [
  { slug: "demo", name: "株式会社かなでテクノロジーズ", nameEn: "Kanade Technologies Inc.", alumni: 200 },
  { slug: "sakura", name: "さくら食品株式会社", nameEn: "Sakura Foods Co., Ltd.", alumni: 12 },
] as const;

const DAY = 86_400_000;
const dayFloor = (ms: number) => ms - (ms % DAY);

type ProfileSeed = {
  email: string;
  registeredAt: Date;
  name: string;
  locale: "ja" | "en";
  profile: {
    displayName: string;
    nameKana: string | null;
    nameRomaji: string | null;
    department: string;
    joinedOn: Date;
    leftOn: Date;
    currentCompany: string;
    industry: string;
    currentTitle: string;
    location: string;
    skills: string[];
    interests: string[];
    bio: string | null;
    openToReturn: boolean;
    lastActiveAt: Date | null;
  };
};

function alumnusSeeds(count: number, seed: number, domain: string): ProfileSeed[] {
  const random = createRandom(seed);
  const used = new Set<string>();
  const seeds: ProfileSeed[] = [];
  for (let i = 0; seeds.length < count; i++) {
    const english = random.chance(0.12);
    let displayName: string, nameKana: string | null, nameRomaji: string;
    if (english) {
      displayName = random.pick(ENGLISH_NAMES);
      nameKana = null;
      nameRomaji = displayName;
    } else {
      const family = random.pick(FAMILY_NAMES);
      const given = random.pick(GIVEN_NAMES);
      displayName = `${family[0]} ${given[0]}`;
      nameKana = `${family[1]} ${given[1]}`;
      nameRomaji = `${given[2]} ${family[2]}`;
    }
    const local = nameRomaji.toLowerCase().normalize("NFD").replace(/[^a-z ]/g, "").replace(/ /g, ".");
    const email = `${local}${used.has(local) ? `.${i}` : ""}@${domain}`;
    used.add(local);
    const joinYear = random.int(1998, 2021);
    const leaveYear = Math.min(2026, joinYear + random.int(2, 12));
    const [company, industry] = random.pick(EMPLOYERS);
    const activeDaysAgo = random.chance(0.7) ? random.int(0, 120) : null;
    // Everyone here has left already (a leave date in the seed's own future would be a current employee).
    const leftOn = new Date(Math.min(Date.UTC(leaveYear, random.int(0, 11), random.int(1, 28)), dayFloor(Date.now() - 14 * DAY)));
    // They registered some time after leaving (the network is older than the demo database).
    const registeredAt = new Date(Math.min(leftOn.getTime() + (30 + ((i * 37) % 400)) * DAY, Date.now() - ((i * 13) % 20 + 1) * DAY));
    seeds.push({
      email,
      registeredAt,
      name: displayName,
      locale: english ? "en" : "ja",
      profile: {
        displayName,
        nameKana,
        nameRomaji,
        department: random.pick(DEPARTMENTS),
        joinedOn: new Date(Date.UTC(joinYear, random.pick([3, 3, 3, 9]), 1)),
        leftOn,
        currentCompany: company,
        industry,
        currentTitle: random.pick(TITLES),
        location: random.pick(LOCATIONS),
        skills: random.pickSome(SKILLS, 1, 4),
        interests: random.pickSome(INTERESTS, 0, 3),
        bio: random.pick(BIOS) || null,
        openToReturn: random.chance(0.2),
        lastActiveAt: activeDaysAgo === null ? null : new Date(Date.now() - activeDaysAgo * 86_400_000),
      },
    });
  }
  return seeds;
}

/** Creates the demo companies, their staff and alumni: all in one transaction, so a stopped first run leaves nothing. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      await tx.user.create({
        data: { email: "operator@kizuna.test", name: "Kizuna Operator", passwordHash, isPlatformOperator: true, emailVerified: new Date() },
      });
      for (const [index, spec] of DEMO_TENANTS.entries()) {
        const tenant = await tx.tenant.create({ data: { slug: spec.slug, name: spec.name, nameEn: spec.nameEn } });
        let staffUserId: string | null = null;
        let staffMembershipId: string | null = null;
        let emilyMembershipId: string | null = null;
        const generated = alumnusSeeds(spec.alumni, 20260401 + index, `alumni.${spec.slug}.example`);
        // The roster HR keeps: everyone who joined, plus former employees who have not joined yet.
        const roster: Prisma.RosterEntryCreateManyInput[] = [];
        const onRoster = (person: { email: string; profile: ProfileSeed["profile"] }, membershipId: string | null) =>
          roster.push({
            tenantId: tenant.id,
            employeeNumber: `${spec.slug === "demo" ? "K" : "S"}${String(10001 + roster.length)}`,
            email: person.email,
            name: person.profile.displayName,
            nameKana: person.profile.nameKana,
            department: person.profile.department,
            joinedOn: person.profile.joinedOn,
            leftOn: person.profile.leftOn,
            tags: { 雇用形態: roster.length % 7 === 0 ? "契約社員" : "正社員" },
            membershipId,
            // HR added each person around their leave date, so the roster grew over the years as it would.
            createdAt: person.profile.leftOn && person.profile.leftOn.getTime() < Date.now() ? person.profile.leftOn : new Date(Date.now() - 730 * 86_400_000),
          });

        for (const account of DEMO_ACCOUNTS.filter((a) => a.tenant === spec.slug)) {
          const user = await tx.user.create({
            data: {
              email: account.email,
              name: account.name,
              passwordHash,
              emailVerified: new Date(),
              locale: /^[A-Za-z]/.test(account.name) ? "en" : null,
            },
          });
          const membership = await tx.membership.create({
            data: { tenantId: tenant.id, userId: user.id, role: account.role },
          });
          // HR staff (else the owner) did the inviting in the demo's history.
          if (account.role === "HR" || (account.role === "OWNER" && !staffUserId)) {
            staffUserId = user.id;
            staffMembershipId = membership.id;
          }
          if (account.name === "Emily Carter") {
            emilyMembershipId = membership.id;
          }
          if (account.role === "ALUMNI") {
            // The named demo alumni take the first generated careers so they look like everyone else.
            const career = generated.shift()!.profile;
            onRoster({ email: account.email, profile: { ...career, displayName: account.name, nameKana: account.name === "佐藤 花子" ? "さとう はなこ" : null } }, membership.id);
            const profile = await tx.alumniProfile.create({
              data: {
                ...career,
                displayName: account.name,
                nameKana: account.name === "佐藤 花子" ? "さとう はなこ" : null,
                nameRomaji: account.name === "佐藤 花子" ? "Hanako Sato" : account.name,
                tenantId: tenant.id,
                membershipId: membership.id,
              },
            });
            // Emily has a picture; Hanako has none, so there is one to add when trying the product.
            if (account.name === "Emily Carter") {
              await tx.profileAvatar.create({ data: { tenantId: tenant.id, profileId: profile.id, ...(await demoAvatar(1)) } });
            }
          }
        }

        const users = await tx.user.createManyAndReturn({
          data: generated.map((g) => ({ email: g.email, name: g.name, locale: g.locale === "en" ? ("en" as const) : null })),
          select: { id: true, email: true },
        });
        const userIdByEmail = new Map(users.map((u) => [u.email, u.id]));
        const memberships = await tx.membership.createManyAndReturn({
          data: generated.map((g) => ({ tenantId: tenant.id, userId: userIdByEmail.get(g.email)!, role: "ALUMNI" as const, createdAt: g.registeredAt })),
          select: { id: true, userId: true },
        });
        const membershipIdByUser = new Map(memberships.map((m) => [m.userId, m.id]));
        const profiles = await tx.alumniProfile.createManyAndReturn({
          data: generated.map((g) => ({
            ...g.profile,
            tenantId: tenant.id,
            membershipId: membershipIdByUser.get(userIdByEmail.get(g.email)!)!,
          })),
          select: { id: true, lastActiveAt: true },
        });
        // About half of those who use the portal have a picture, as in a real network where not everyone adds one.
        const pictured = profiles.filter((p, i) => p.lastActiveAt && i % 2 === 0);
        await tx.profileAvatar.createMany({
          data: await Promise.all(pictured.map(async (p, i) => ({ tenantId: tenant.id, profileId: p.id, ...(await demoAvatar(100 * index + i)) }))),
        });
        generated.forEach((g) => onRoster(g, membershipIdByUser.get(userIdByEmail.get(g.email)!)!));
        const joinedEmails = new Set(roster.map((r) => r.email));
        alumnusSeeds(Math.round(spec.alumni * 0.3), 20261001 + index, `former.${spec.slug}.example`)
          .filter((g) => !joinedEmails.has(g.email))
          .forEach((g) => onRoster(g, null));
        await tx.rosterEntry.createMany({ data: roster });
        if (staffUserId) {
          await seedOnboardingHistory(tx, tenant, staffUserId, 20261101 + index);
        }
        if (spec.slug === "demo") {
          await seedDirectoryDemo(tx, tenant.id, staffUserId);
        }
        await seedActivity(tx, tenant.id);
        if (staffUserId && spec.slug === "demo") {
          await seedGoals(tx, tenant.id, staffUserId);
          await seedSurveys(tx, tenant.id, staffUserId, DEMO_ACCOUNTS.map((a) => a.email));
          await seedBroadcasts(tx, tenant.id, staffUserId, DEMO_ACCOUNTS.map((a) => a.email));
          await seedBranding(tx, tenant.id);
          await seedTemplates(tx, tenant.id, staffUserId);
          await seedApiKeys(tx, tenant.id, staffUserId);
          await seedSso(tx, tenant.id, staffUserId);
        }
        // After the history above, so its bounced invitation is the entry's latest.
        if (spec.slug === "demo") {
          await seedEmailDemo(tx, tenant.id);
        }
        if (spec.slug === "demo" && staffMembershipId) {
          const alumni = generated.map((g) => ({ membershipId: membershipIdByUser.get(userIdByEmail.get(g.email)!)!, displayName: g.profile.displayName }));
          await seedEvents(tx, tenant.id, staffMembershipId, alumni, emilyMembershipId);
          await seedOpportunities(tx, tenant.id, staffMembershipId, alumni);
          await seedInbox(tx, tenant.id, alumni);
          await seedDirectMessages(tx, tenant.id, alumni);
          await seedFeed(tx, tenant.id, alumni);
          await seedProgramHealthDemo(tx, tenant.id);
          await seedNotifications(tx, tenant.id, spec.slug);
          await seedWebhooks(tx, { id: tenant.id, slug: spec.slug }, alumni, staffMembershipId);
        }
        if (spec.slug === "demo" && staffUserId) {
          await seedProgramSetup(tx, tenant.id, staffUserId);
          await seedDomain(tx, tenant.id, staffUserId);
        }
      }
    },
    { timeout: 120_000 },
  );
}

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.tenant.count()) === 0 && (await db.user.count()) === 0;
}
