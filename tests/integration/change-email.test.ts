import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { confirmEmailChange, EMAIL_CHANGE_DAILY_LIMIT, endAllSessions, lookUpEmailUndo, requestEmailChange, undoEmailChange } from "@/lib/account/change-email";
import { authConfig } from "@/lib/auth/config";
import { requestEmailChangeAction } from "@/lib/actions/change-email";
import { deliverMagicLink } from "@/lib/auth/magic-link";
import { loadSessionFacts } from "@/lib/auth/session-facts";
import { translatorFor } from "@/lib/i18n/messages";
import { caller } from "../support/action-caller";
import { createUser } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const t = translatorFor("ja", "emailChange");

/** The link in the latest confirmation mail to this address, as the person would click it. */
async function linkMailedTo(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email, tag: "email-change" }, orderBy: { createdAt: "desc" } });
  return /\/account\/email\/(\S+)/.exec(mail.text)![1]!;
}

const magicLink = (email: string) => ({ email, url: "http://localhost:3000/api/auth/callback/resend?token=t", expires: new Date(Date.now() + 30 * 60_000), cookieLocale: null, acceptLanguage: "ja" });

beforeEach(() => {
  caller.userId = null;
});

describe("changing one's email address", () => {
  it("changes nothing until the link mailed to the new address is opened, then moves the account and tells the old address", async () => {
    const user = await createUser({ email: "old@example.com", password: "correct horse battery" });
    expect(await requestEmailChange(user.id, { newEmail: "New@Example.com ", currentPassword: "correct horse battery" }, "ja")).toEqual({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: "old@example.com" });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "new@example.com" } });
    expect(mail.subject).toBe("Kizuna のメールアドレス変更の確認");

    expect(await confirmEmailChange(await linkMailedTo("new@example.com"))).toEqual({ ok: true, newEmail: "new@example.com" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe("new@example.com");
    expect(after.emailVerified).toBeInstanceOf(Date);
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { to: "old@example.com", tag: "email-changed" } });
    expect(notice.subject).toBe("Kizuna のメールアドレスが変更されました");
    expect(notice.text).toContain("new@example.com");
  });

  it("keeps the signed-in session working with the new address, and sign-in links reach only the new one", async () => {
    const user = await createUser({ email: "before@example.com" });
    await requestEmailChange(user.id, { newEmail: "after@example.com" }, "ja");
    await confirmEmailChange(await linkMailedTo("after@example.com"));
    // The JWT holds only the user id; the session reads the address fresh on every request.
    expect(await loadSessionFacts(user.id)).toMatchObject({ email: "after@example.com" });
    expect(await deliverMagicLink(magicLink("before@example.com"))).toBe(false);
    expect(await deliverMagicLink(magicLink("after@example.com"))).toBe(true);
  });

  it("works once: a second click says the link was used", async () => {
    const user = await createUser();
    await requestEmailChange(user.id, { newEmail: "once@example.com" }, "ja");
    const token = await linkMailedTo("once@example.com");
    expect((await confirmEmailChange(token)).ok).toBe(true);
    expect(await confirmEmailChange(token)).toEqual({ ok: false, reason: "used" });
  });

  it("expires after 24 hours, leaving the address as it was", async () => {
    const user = await createUser({ email: "stays@example.com" });
    await requestEmailChange(user.id, { newEmail: "late@example.com" }, "ja");
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000 + 1000);
    expect(await confirmEmailChange(await linkMailedTo("late@example.com"), tomorrow)).toEqual({ ok: false, reason: "expired" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: "stays@example.com" });
  });

  it("voids an earlier link when a new change is requested, and refuses a forged one", async () => {
    const user = await createUser();
    await requestEmailChange(user.id, { newEmail: "first@example.com" }, "ja");
    const first = await linkMailedTo("first@example.com");
    await requestEmailChange(user.id, { newEmail: "second@example.com" }, "ja");
    expect(await confirmEmailChange(first)).toEqual({ ok: false, reason: "expired" });
    const second = await linkMailedTo("second@example.com");
    expect(await confirmEmailChange(`${second.split(".")[0]}.${"A".repeat(43)}`)).toEqual({ ok: false, reason: "invalid" });
    expect((await confirmEmailChange(second)).ok).toBe(true);
  });

  it("does not move the account onto an address someone took after the request", async () => {
    const user = await createUser({ email: "mine@example.com" });
    await requestEmailChange(user.id, { newEmail: "contested@example.com" }, "ja");
    await createUser({ email: "contested@example.com" });
    expect(await confirmEmailChange(await linkMailedTo("contested@example.com"))).toEqual({ ok: false, reason: "emailTaken" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: "mine@example.com" });
  });
});

describe("the change-email form", () => {
  it("refuses an address another account uses, saying only that it is in use", async () => {
    const user = await createUser({ email: "me@example.com" });
    await createUser({ email: "taken@example.com" });
    caller.userId = user.id;
    expect(await requestEmailChangeAction(null, { newEmail: "taken@example.com" })).toEqual({
      ok: false,
      fieldErrors: { newEmail: t("errors.emailTaken") },
      values: { newEmail: "taken@example.com" },
    });
    expect(await db.outboxEmail.count({ where: { to: "taken@example.com" } })).toBe(0);
  });

  it("asks people who have a password for it, before saying anything about the address", async () => {
    const user = await createUser({ email: "pw@example.com", password: "correct horse battery" });
    await createUser({ email: "someone@example.com" });
    caller.userId = user.id;
    expect(await requestEmailChangeAction(null, { newEmail: "someone@example.com", currentPassword: "wrong" })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: t("errors.wrongPassword") },
    });
    expect(await requestEmailChangeAction(null, { newEmail: "fresh@example.com", currentPassword: "correct horse battery" })).toEqual({
      ok: true,
      data: undefined,
      message: t("sent", { email: "fresh@example.com" }),
    });
  });

  it("needs no password from someone who signs in with links only", async () => {
    const user = await createUser({ email: "linkonly@example.com" });
    caller.userId = user.id;
    expect((await requestEmailChangeAction(null, { newEmail: "linkonly2@example.com" })).ok).toBe(true);
    expect(await db.outboxEmail.count({ where: { to: "linkonly2@example.com", tag: "email-change" } })).toBe(1);
  });
});

/** The undo link in the notice mailed to the old address. */
async function undoLinkMailedTo(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email, tag: "email-changed" }, orderBy: { createdAt: "desc" } });
  return /\/account\/email\/undo\/(\S+)/.exec(mail.text)![1]!;
}

/** What Auth.js makes of a session token on a request: a signed-in user, or nobody. */
async function sessionUser(userId: string, authAt: number) {
  const session = await authConfig().callbacks!.session!({ session: { user: {}, expires: "" }, token: { sub: userId, authAt } } as never);
  return (session as { user?: { email?: string } }).user?.email ?? null;
}

describe("a change the owner did not make", () => {
  it("is undone from the old address: the address comes back, every session ends, and the link works once", async () => {
    const user = await createUser({ email: "owner@example.com" });
    const signedInBefore = Date.now() - 60_000;
    // Someone with a borrowed session of a link-only account moves it to their own address.
    await requestEmailChange(user.id, { newEmail: "thief@example.com" }, "ja");
    await confirmEmailChange(await linkMailedTo("thief@example.com"));
    expect(await sessionUser(user.id, signedInBefore)).toBe("thief@example.com");

    const undo = await undoLinkMailedTo("owner@example.com");
    expect(await lookUpEmailUndo(undo)).toEqual({ status: "valid", oldEmail: "owner@example.com", newEmail: "thief@example.com" });
    expect(await undoEmailChange(undo)).toEqual({ ok: true, oldEmail: "owner@example.com" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: "owner@example.com" });
    expect(await sessionUser(user.id, signedInBefore)).toBeNull();
    expect(await sessionUser(user.id, Date.now() + 1000)).toBe("owner@example.com");
    expect(await deliverMagicLink(magicLink("thief@example.com"))).toBe(false);
    expect(await undoEmailChange(undo)).toEqual({ ok: false, reason: "used" });
  });

  it("cannot be undone with a forged link or after seven days", async () => {
    const user = await createUser({ email: "slow@example.com" });
    await requestEmailChange(user.id, { newEmail: "moved@example.com" }, "ja");
    await confirmEmailChange(await linkMailedTo("moved@example.com"));
    const undo = await undoLinkMailedTo("slow@example.com");
    expect(await undoEmailChange(`${undo.split(".")[0]}.${"A".repeat(43)}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await undoEmailChange(undo, new Date(Date.now() + 8 * 86_400_000))).toEqual({ ok: false, reason: "expired" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: "moved@example.com" });
  });

  it("is limited: a borrowed session cannot mail confirmation links to strangers without end", async () => {
    const user = await createUser();
    for (let i = 0; i < EMAIL_CHANGE_DAILY_LIMIT; i++) {
      expect(await requestEmailChange(user.id, { newEmail: `try${i}@example.com` }, "ja")).toEqual({ ok: true });
    }
    expect(await requestEmailChange(user.id, { newEmail: "one-more@example.com" }, "ja")).toEqual({ ok: false, field: "newEmail", reason: "tooMany" });
    expect(await db.outboxEmail.count({ where: { to: "one-more@example.com" } })).toBe(0);
  });
});

describe("signing out everywhere", () => {
  it("ends every session signed in before, and not the ones after", async () => {
    const user = await createUser({ email: "everywhere@example.com" });
    const before = Date.now() - 1000;
    expect(await sessionUser(user.id, before)).toBe("everywhere@example.com");
    await endAllSessions(user.id);
    expect(await sessionUser(user.id, before)).toBeNull();
    expect(await sessionUser(user.id, Date.now() + 1000)).toBe("everywhere@example.com");
  });
});
