import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetTemplateAction, saveTemplateAction } from "@/lib/actions/templates";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/invitations/accept";
import { inviteFromRoster } from "@/lib/invitations/invite";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { invitationToken } from "@/lib/invitations/token";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { DEFAULT_TEMPLATES } from "@/lib/templates/catalog";
import { eventInvitationDraft, postingFromTemplate, surveyFromTemplate } from "@/lib/templates/prefill";
import { resolveTemplate } from "@/lib/templates/store";
import { caller } from "../support/action-caller";
import { createEvent } from "../support/events";
import { createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

process.env.AUTH_URL = "http://localhost:3000";

beforeEach(() => {
  caller.userId = null;
});

async function companyWithAdmin(personName = "山田 太郎") {
  const tenant = await createTenant({ name: "かなで商事株式会社" });
  const { user } = await createMember(tenant.id, "ADMIN");
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: personName, email: `person@${tenant.slug}.example` } });
  caller.userId = user.id;
  return { tenant, context, entry };
}

async function inviteAndSend(context: TenantContext, entryId: string) {
  await inviteFromRoster(context, { entryIds: [entryId] });
  const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: context.tenant.id, rosterEntryId: entryId }, orderBy: { createdAt: "desc" } });
  await sendInvitationEmails(context.tenant.id, [invitation.id]);
  const email = await db.outboxEmail.findFirstOrThrow({ where: { tenantId: context.tenant.id, tag: "invitation" }, orderBy: { createdAt: "desc" } });
  return { invitation, email };
}

const save = (tenant: string, fields: Record<string, string>) => saveTemplateAction(null, { tenant, locale: "ja", ...fields });

describe("message templates", () => {
  it("sends the invitation in the company's own words once edited, and the standard wording again after a reset", async () => {
    const { tenant, context, entry } = await companyWithAdmin();
    const saved = await save(tenant.slug, { key: "invitation", subject: "{name} 様、{company} の同窓会にご参加ください", body: "{name} 様\n\n皆さんの「その後」を、ぜひ聞かせてください。\n\n{date} までにご登録をお願いします。" });
    expect(saved).toMatchObject({ ok: true, message: "テンプレートを保存しました。" });

    const { email } = await inviteAndSend(context, entry.id);
    expect(email.subject).toBe("山田 太郎 様、かなで商事株式会社 の同窓会にご参加ください");
    expect(email.text).toContain("皆さんの「その後」を、ぜひ聞かせてください。");
    expect(email.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 までにご登録をお願いします。/);
    // The join button and link still follow the company's words.
    expect(email.text).toContain(`/${tenant.slug}/join/`);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "template.save" } })).toBe(1);

    expect(await resetTemplateAction(null, { tenant: tenant.slug, key: "invitation", locale: "ja" })).toMatchObject({ ok: true });
    expect((await resolveTemplate(tenant.id, "invitation", "ja")).edited).toBe(false);
    expect(await db.messageTemplate.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { tenantId: tenant.id, action: "template.reset" } })).toBe(1);
    await db.invitation.updateMany({ where: { tenantId: tenant.id }, data: { status: "REVOKED" } });
    const again = await inviteAndSend(context, entry.id);
    expect(again.email.subject).toBe("かなで商事株式会社 アルムナイ・ネットワークへのご招待");
    expect(again.email.text).not.toContain("その後");
  });

  it("refuses a placeholder the template does not know, beside the field, keeping what was typed", async () => {
    const { tenant } = await companyWithAdmin();
    const body = "{name} 様、年収 {salary} でお迎えします";
    const result = await save(tenant.slug, { key: "invitation", subject: "ご招待", body });
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: expect.stringContaining("使えない差し込み項目") }, values: { body } });
    // {event} exists, but not in the offboarding note.
    expect(await save(tenant.slug, { key: "offboarding", body: "{event} でお会いしましょう {link}" })).toMatchObject({ ok: false, fieldErrors: { body: expect.any(String) } });
    expect(await save(tenant.slug, { key: "invitation", subject: "{bonus} のお知らせ", body: "本文" })).toMatchObject({ ok: false, fieldErrors: { subject: expect.any(String) } });
    expect(await save(tenant.slug, { key: "invitation", subject: "件名", body: "あ".repeat(8001) })).toMatchObject({ ok: false, fieldErrors: { body: expect.any(String) } });
    expect(await save(tenant.slug, { key: "survey", subject: "調査", body: "質問のない説明だけ" })).toMatchObject({ ok: false, fieldErrors: { body: expect.stringContaining("質問") } });
    expect(await db.messageTemplate.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("keeps names that look like markup or placeholders inert in the emails", async () => {
    const { tenant, context, entry } = await companyWithAdmin("<script>alert(1)</script> {link}");
    await save(tenant.slug, { key: "welcome", subject: "ようこそ {name} 様", body: "## ようこそ\n\n{name} 様、ご登録ありがとうございます。\n\n[ネットワークを開く]({link})" });
    const { email, invitation } = await inviteAndSend(context, entry.id);
    expect(email.html).not.toContain("<script>");
    expect(email.text).toContain("<script>alert(1)</script> {link}");

    const outcome = await acceptInvitation(tenant.slug, invitationToken(invitation.id, invitation.nonce), {
      newAccount: { name: "[クリック](javascript:alert(1)) **太字**", password: "long-enough-pass", locale: "ja" },
    });
    expect(outcome.ok).toBe(true);
    const welcome = await db.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, tag: "welcome" } });
    expect(welcome.subject).toBe("ようこそ [クリック](javascript:alert(1)) **太字** 様");
    expect(welcome.html).not.toMatch(/href="javascript/i);
    expect(welcome.html).not.toContain("<strong>");
    expect(welcome.text).toContain("[クリック](javascript:alert(1)) **太字** 様、ご登録ありがとうございます。");
    expect(welcome.html).toContain(`href="http://localhost:3000/${tenant.slug}"`);
  });

  it("greets a new member in their own language with the company's welcome message", async () => {
    const { tenant, context, entry } = await companyWithAdmin();
    await saveTemplateAction(null, { tenant: tenant.slug, key: "welcome", locale: "en", subject: "Welcome aboard, {name}", body: "Great to have you back in touch with {company}." });
    const { invitation } = await inviteAndSend(context, entry.id);
    await acceptInvitation(tenant.slug, invitationToken(invitation.id, invitation.nonce), { newAccount: { name: "Taro Yamada", password: "long-enough-pass", locale: "en" } });
    const welcome = await db.outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id, tag: "welcome" } });
    expect(welcome.to).toBe(entry.email);
    expect(welcome.subject).toBe("Welcome aboard, Taro Yamada");
    expect(welcome.text).toContain("Great to have you back in touch with かなで商事株式会社.");
  });

  it("starts a survey, a posting and an event announcement from the company's templates", async () => {
    const { tenant, context } = await companyWithAdmin();
    const survey = await surveyFromTemplate(context.tenant, "ja");
    expect(survey.title).toBe(DEFAULT_TEMPLATES.survey.ja.subject);
    expect(survey.questions.map((q) => q.kind)).toEqual(["NPS", "SINGLE", "TEXT", "MULTIPLE", "TEXT"]);
    expect(survey.questions[0]!.prompt).toContain("かなで商事株式会社");
    expect(survey.questions[1]!.options.length).toBeGreaterThanOrEqual(2);

    await save(tenant.slug, { key: "jobPosting", subject: "{company} でもう一度", body: "## 募集\n\n{company} の新規事業です。" });
    const posting = await postingFromTemplate(context.tenant, "ja");
    expect(posting).toEqual({ title: "かなで商事株式会社 でもう一度", description: "## 募集\n\nかなで商事株式会社 の新規事業です。" });

    const event = await createEvent(tenant.id, { title: "秋の交流会 *特別編*" });
    const draft = await eventInvitationDraft(context, event.id);
    expect(draft?.ja.subject).toBe("【ご案内】秋の交流会 *特別編*");
    expect(draft?.ja.body).toContain("「秋の交流会 \\*特別編\\*」を開催いたします");
    expect(draft?.en.body).toContain(`(http://localhost:3000/${tenant.slug}/events/${event.id})`);
  });
});
