import { beforeEach, describe, expect, it, vi } from "vitest";
import AdminDashboardPage from "@/app/[tenant]/admin/page";
import GuidePage from "@/app/[tenant]/admin/guides/[slug]/page";
import GuidesPage from "@/app/[tenant]/admin/guides/page";
import { caller, outcomeOf } from "../support/action-caller";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
// Recording the visit needs a request (next/server's after); what is tested here is who gets the page.
vi.mock("@/lib/activity/record", () => ({ recordActivity: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

const params = (tenant: string, slug = "first-meetup") => ({ params: Promise.resolve({ tenant, slug }), searchParams: Promise.resolve({ q: "交流会" }) });

describe("the knowledge centre and the program health list, across companies and roles", () => {
  it("shows the guides to the company's staff with analytics, and answers 404 to its alumni and to other companies' admins", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const [hr, alumnus, otherOwner] = [await createMember(a.id, "HR"), await createMember(a.id, "ALUMNI"), await createMember(b.id, "OWNER")];
    caller.userId = hr.user.id;
    expect(await outcomeOf(GuidesPage(params(a.slug)))).toBe("ran");
    expect(await outcomeOf(GuidePage(params(a.slug)))).toBe("ran");
    expect(await outcomeOf(GuidePage(params(a.slug, "no-such-guide")))).toBe("404");
    for (const outsider of [alumnus, otherOwner]) {
      caller.userId = outsider.user.id;
      expect(await outcomeOf(GuidesPage(params(a.slug)))).toBe("404");
      expect(await outcomeOf(GuidePage(params(a.slug)))).toBe("404");
      // The dashboard, where the health list is shown.
      expect(await outcomeOf(AdminDashboardPage(params(a.slug)))).toBe("404");
    }
  });
});
