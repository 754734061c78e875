import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "@/lib/tenancy/permissions";

describe("role → permission map", () => {
  it("keeps alumni out of the admin portal", () => {
    expect(can("ALUMNI", "portal.view")).toBe(true);
    expect(can("ALUMNI", "admin.view")).toBe(false);
    expect(can("ALUMNI", "alumni.read")).toBe(false);
  });

  it("lets HR staff run the program but not send broadcasts or change settings", () => {
    expect(can("HR", "roster.manage")).toBe(true);
    expect(can("HR", "broadcast.send")).toBe(false);
    expect(can("HR", "settings.manage")).toBe(false);
  });

  it("lets only owners delete the company, and owners and admins send broadcasts and manage the team", () => {
    expect(PERMISSIONS.filter((p) => can("OWNER", p) && !can("ADMIN", p))).toEqual(["audit.read", "tenant.delete"]);
    expect(can("OWNER", "broadcast.send")).toBe(true);
    expect(can("ADMIN", "broadcast.send")).toBe(true);
    expect(can("ADMIN", "team.manage")).toBe(true);
    expect(can("HR", "team.manage")).toBe(false);
  });
});
