import type { Role } from "@/lib/generated/prisma/enums";

// The role → permission map. Pages and actions ask for a permission, never for a role, so a later
// per-tenant grant (e.g. letting HR send broadcasts) changes this map, not the call sites.
export const PERMISSIONS = [
  "portal.view",
  "profile.editOwn",
  "directory.read",
  "admin.view",
  "alumni.read",
  "alumni.manage",
  "roster.manage",
  "events.manage",
  "opportunities.manage",
  // Seeing alumni's interests, casual-chat requests and referrals (the re-hire pipeline): private to these staff.
  "pipeline.read",
  "inbox.manage",
  // Posting for the company in the feed, pinning, and moderating alumni posts, comments and reports.
  "feed.manage",
  "analytics.view",
  "goals.manage",
  "surveys.manage",
  // Writing announcements and sending a test to oneself; sending to alumni needs broadcast.send.
  "broadcast.draft",
  "broadcast.send",
  "settings.manage",
  "team.manage",
  "audit.read",
  "tenant.delete",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const alumni: Permission[] = ["portal.view", "profile.editOwn", "directory.read"];
const hr: Permission[] = [
  ...alumni,
  "admin.view",
  "alumni.read",
  "alumni.manage",
  "roster.manage",
  "events.manage",
  "opportunities.manage",
  "pipeline.read",
  "inbox.manage",
  "feed.manage",
  "analytics.view",
  // HR runs the program day to day: they set its targets and write its reviews.
  "goals.manage",
  "surveys.manage",
  "broadcast.draft",
];
const admin: Permission[] = [...hr, "broadcast.send", "settings.manage", "team.manage"];
// Owners answer for what their staff do with people's data: the audit log is theirs.
const owner: Permission[] = [...admin, "audit.read", "tenant.delete"];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  ALUMNI: new Set(alumni),
  HR: new Set(hr),
  ADMIN: new Set(admin),
  OWNER: new Set(owner),
};

export const STAFF_ROLES: readonly Role[] = ["OWNER", "ADMIN", "HR"];

/** What an owner may grant HR staff on top of their role (the company's settings keep the grants). */
export const HR_GRANTABLE: readonly Permission[] = ["broadcast.send"];

/** A role's permissions in one company: the role's own, plus for HR staff what the company granted them. */
export function permissionsFor(role: Role, hrGrants: readonly string[] = []): ReadonlySet<Permission> {
  const granted = role === "HR" ? HR_GRANTABLE.filter((p) => hrGrants.includes(p)) : [];
  return granted.length ? new Set([...ROLE_PERMISSIONS[role], ...granted]) : ROLE_PERMISSIONS[role];
}

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
