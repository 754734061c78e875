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

  it("gives owners every permission and admins all but deleting the company", () => {
    for (const permission of PERMISSIONS) {
      expect(can("OWNER", permission)).toBe(true);
    }
    expect(can("ADMIN", "broadcast.send")).toBe(true);
    expect(can("ADMIN", "tenant.delete")).toBe(false);
  });
});
