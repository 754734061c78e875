import { createFormatter } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import EditTemplatePage from "@/app/[tenant]/admin/templates/[key]/[locale]/page";
import TemplatesPage from "@/app/[tenant]/admin/templates/page";
import { resetTemplateAction, saveTemplateAction } from "@/lib/actions/templates";
import { db } from "@/lib/db";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { eventInvitationDraft } from "@/lib/templates/prefill";
import { resolveTemplate } from "@/lib/templates/store";
import { caller, outcomeOf } from "../support/action-caller";
import { createEvent } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => ({
  ...(await import("../support/action-caller")).intlModule,
  getFormatter: async () => createFormatter({ locale: "ja", timeZone: "Asia/Tokyo" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/activity/record", () => ({ recordActivity: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

const pageParams = (tenant: string, key = "invitation", locale = "ja") => ({ params: Promise.resolve({ tenant, key, locale }) });

describe("message templates across companies and roles", () => {
  it("keeps a company's templates, their screens and their actions to its own admins: everyone else gets 404", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const [adminA, hrA, ownerB] = [await createMember(a.id, "ADMIN"), await createMember(a.id, "HR"), await createMember(b.id, "OWNER")];
    caller.userId = adminA.user.id;
    expect(await saveTemplateAction(null, { tenant: a.slug, key: "invitation", locale: "ja", subject: "A社からのご招待", body: "{name} 様、A社の同窓会です。" })).toMatchObject({ ok: true });
    expect(await outcomeOf(TemplatesPage(pageParams(a.slug)))).toBe("ran");
    expect(await outcomeOf(EditTemplatePage(pageParams(a.slug)))).toBe("ran");
    expect(await outcomeOf(EditTemplatePage(pageParams(a.slug, "salary")))).toBe("404");
    expect(await outcomeOf(EditTemplatePage(pageParams(a.slug, "invitation", "fr")))).toBe("404");

    for (const outsider of [ownerB, hrA]) {
      caller.userId = outsider.user.id;
      expect(await outcomeOf(TemplatesPage(pageParams(a.slug)))).toBe("404");
      expect(await outcomeOf(EditTemplatePage(pageParams(a.slug)))).toBe("404");
      expect(await outcomeOf(saveTemplateAction(null, { tenant: a.slug, key: "invitation", locale: "ja", subject: "乗っ取り", body: "乗っ取り" }))).toBe("404");
      expect(await outcomeOf(resetTemplateAction(null, { tenant: a.slug, key: "invitation", locale: "ja" }))).toBe("404");
    }
    expect((await resolveTemplate(a.id, "invitation", "ja")).subject).toBe("A社からのご招待");

    // B's owner editing and resetting in B touches only B's wording.
    caller.userId = ownerB.user.id;
    expect(await saveTemplateAction(null, { tenant: b.slug, key: "invitation", locale: "ja", subject: "B社", body: "B社の本文" })).toMatchObject({ ok: true });
    expect(await resetTemplateAction(null, { tenant: b.slug, key: "invitation", locale: "ja" })).toMatchObject({ ok: true });
    expect((await resolveTemplate(b.id, "invitation", "ja")).edited).toBe(false);
    expect(await db.messageTemplate.count({ where: { tenantId: a.id } })).toBe(1);
    expect((await resolveTemplate(a.id, "invitation", "ja")).edited).toBe(true);
  });

  it("drafts an event invitation only from the company's own events", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const eventOfA = await createEvent(a.id, { title: "A社 交流会" });
    const { user } = await createMember(b.id, "HR");
    const contextB = (await resolveTenantContext(b.slug, user.id)) as TenantContext;
    expect(await eventInvitationDraft(contextB, eventOfA.id)).toBeNull();
  });
});
