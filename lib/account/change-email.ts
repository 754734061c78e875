import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { emailChangeToken, newEmailChangeSecret, readEmailChangeToken, secretMatches } from "./email-change-token";
import { sendEmailChangedNotice, sendEmailChangeLink } from "./email-change-mail";
import type { AppLocale } from "@/lib/i18n/config";

export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;
// How long the old address can put itself back: long enough to notice a change made while away.
export const EMAIL_UNDO_TTL_MS = 7 * 24 * 60 * 60 * 1000;
// Requests per person per day: each one mails a stranger's address, so a borrowed session must not spam with it.
export const EMAIL_CHANGE_DAILY_LIMIT = 5;

export type EmailChangeRequest = { newEmail: string; currentPassword?: string };
export type RequestOutcome = { ok: true } | { ok: false; field: "newEmail" | "currentPassword"; reason: "sameAddress" | "emailTaken" | "wrongPassword" | "passwordRequired" | "tooMany" };

/**
 * Starts a change of sign-in address: mails a single-use link to the new address. Nothing changes until it is
 * opened. People with a password confirm it first (a borrowed session must not take the account away); people
 * who only use sign-in links have nothing to type, and the notice to the old address is their safety net.
 */
export async function requestEmailChange(userId: string, request: EmailChangeRequest, locale: AppLocale): Promise<RequestOutcome> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true, locale: true } });
  const newEmail = request.newEmail.trim().toLowerCase();
  if (newEmail === user.email) {
    return { ok: false, field: "newEmail", reason: "sameAddress" };
  }
  // The password comes before the address check, so a borrowed session cannot probe which addresses have accounts.
  if (user.passwordHash) {
    if (!request.currentPassword) {
      return { ok: false, field: "currentPassword", reason: "passwordRequired" };
    }
    if (!(await verifyPassword(user.passwordHash, request.currentPassword))) {
      return { ok: false, field: "currentPassword", reason: "wrongPassword" };
    }
  }
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  if ((await db.emailChange.count({ where: { userId, createdAt: { gt: since } } })) >= EMAIL_CHANGE_DAILY_LIMIT) {
    return { ok: false, field: "newEmail", reason: "tooMany" };
  }
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) {
    return { ok: false, field: "newEmail", reason: "emailTaken" };
  }
  const { secret, hash } = newEmailChangeSecret();
  const change = await db.$transaction(async (tx) => {
    // One open request per person: a new one voids the links of the earlier ones (kept, to count towards the limit).
    await tx.emailChange.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: new Date() } }, data: { expiresAt: new Date() } });
    return tx.emailChange.create({ data: { userId, newEmail, tokenHash: hash, expiresAt: new Date(Date.now() + EMAIL_CHANGE_TTL_MS) }, select: { id: true } });
  });
  await sendEmailChangeLink(newEmail, emailChangeToken(change.id, secret), user.locale ?? locale);
  return { ok: true };
}

/** For the account page: whether a password guards the change, and a change still waiting for its link. */
export async function accountEmailFacts(userId: string, now = new Date()) {
  const [user, pending] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } }),
    db.emailChange.findFirst({ where: { userId, usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, select: { newEmail: true, expiresAt: true } }),
  ]);
  return { hasPassword: user.passwordHash !== null, pending };
}

/** The address a link is waiting to confirm (for the confirm page), or why the link no longer works. */
export async function lookUpEmailChange(token: string, now = new Date()): Promise<{ status: "valid"; newEmail: string } | { status: "invalid" | "used" | "expired" }> {
  const parsed = readEmailChangeToken(token);
  const change = parsed ? await db.emailChange.findUnique({ where: { id: parsed.id } }) : null;
  if (!parsed || !change || !secretMatches(parsed.secret, change.tokenHash)) {
    return { status: "invalid" };
  }
  if (change.usedAt) {
    return { status: "used" };
  }
  if (change.expiresAt <= now) {
    return { status: "expired" };
  }
  return { status: "valid", newEmail: change.newEmail };
}

export type ConfirmOutcome = { ok: true; newEmail: string } | { ok: false; reason: "invalid" | "used" | "expired" | "emailTaken" };

/**
 * Opens the link: the account's address becomes the new one (verified: the link proved it), the old address's
 * sign-in links die, and the old address is told, with a link that puts it back. The user id does not change, so signed-in sessions carry on
 * and show the new address on their next request (the session reads it fresh each time).
 */
export async function confirmEmailChange(token: string, now = new Date()): Promise<ConfirmOutcome> {
  const found = await lookUpEmailChange(token, now);
  if (found.status !== "valid") {
    return { ok: false, reason: found.status };
  }
  const id = readEmailChangeToken(token)!.id;
  try {
    const changed = await db.$transaction(async (tx) => {
      // Claimed with a conditional update: of two clicks at once, exactly one changes the address.
      const { count } = await tx.emailChange.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (!count) {
        return null;
      }
      const change = await tx.emailChange.findUniqueOrThrow({ where: { id }, select: { userId: true, newEmail: true } });
      const before = await tx.user.findUniqueOrThrow({ where: { id: change.userId }, select: { email: true, locale: true } });
      await tx.user.update({ where: { id: change.userId }, data: { email: change.newEmail, emailVerified: now } });
      await tx.verificationToken.deleteMany({ where: { identifier: before.email } });
      await tx.emailChange.updateMany({ where: { userId: change.userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
      // The person just proved the new address receives mail.
      await tx.emailSuppression.deleteMany({ where: { email: change.newEmail } });
      const undo = newEmailChangeSecret();
      await tx.emailChange.update({ where: { id }, data: { oldEmail: before.email, undoTokenHash: undo.hash, undoExpiresAt: new Date(now.getTime() + EMAIL_UNDO_TTL_MS) } });
      return { oldEmail: before.email, newEmail: change.newEmail, locale: before.locale, undoToken: emailChangeToken(id, undo.secret) };
    });
    if (!changed) {
      return { ok: false, reason: "used" };
    }
    await sendEmailChangedNotice(changed.oldEmail, changed.newEmail, changed.undoToken, changed.locale ?? "ja");
    return { ok: true, newEmail: changed.newEmail };
  } catch (error) {
    // Someone else took the address between the request and the click.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "emailTaken" };
    }
    throw error;
  }
}

export type UndoLookup = { status: "valid"; oldEmail: string; newEmail: string } | { status: "invalid" | "used" | "expired" };

/** The change an undo link (mailed to the old address) would reverse, or why the link no longer works. */
export async function lookUpEmailUndo(token: string, now = new Date()): Promise<UndoLookup> {
  const parsed = readEmailChangeToken(token);
  const change = parsed ? await db.emailChange.findUnique({ where: { id: parsed.id } }) : null;
  if (!parsed || !change?.undoTokenHash || !change.oldEmail || !secretMatches(parsed.secret, change.undoTokenHash)) {
    return { status: "invalid" };
  }
  if (change.undoneAt) {
    return { status: "used" };
  }
  if (!change.undoExpiresAt || change.undoExpiresAt <= now) {
    return { status: "expired" };
  }
  return { status: "valid", oldEmail: change.oldEmail, newEmail: change.newEmail };
}

export type UndoOutcome = { ok: true; oldEmail: string } | { ok: false; reason: "invalid" | "used" | "expired" | "emailTaken" };

/**
 * The old address takes the account back: the address is restored (whatever it was changed to since), every
 * session ends — the one that made the change included — and sign-in links and open changes die. The owner
 * then signs in with a link to their own address.
 */
export async function undoEmailChange(token: string, now = new Date()): Promise<UndoOutcome> {
  const found = await lookUpEmailUndo(token, now);
  if (found.status !== "valid") {
    return { ok: false, reason: found.status };
  }
  const id = readEmailChangeToken(token)!.id;
  try {
    const undone = await db.$transaction(async (tx) => {
      const { count } = await tx.emailChange.updateMany({ where: { id, undoneAt: null, undoExpiresAt: { gt: now } }, data: { undoneAt: now } });
      if (!count) {
        return null;
      }
      const change = await tx.emailChange.findUniqueOrThrow({ where: { id }, select: { userId: true, oldEmail: true } });
      const current = await tx.user.findUniqueOrThrow({ where: { id: change.userId }, select: { email: true } });
      await tx.user.update({ where: { id: change.userId }, data: { email: change.oldEmail!, emailVerified: now, sessionsValidFrom: now } });
      await tx.verificationToken.deleteMany({ where: { identifier: { in: [current.email, change.oldEmail!] } } });
      await tx.emailChange.updateMany({ where: { userId: change.userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
      return { oldEmail: change.oldEmail! };
    });
    return undone ? { ok: true, oldEmail: undone.oldEmail } : { ok: false, reason: "used" };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "emailTaken" };
    }
    throw error;
  }
}

/** Ends every session of this person, on every device, this one included. */
export async function endAllSessions(userId: string, now = new Date()): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionsValidFrom: now } });
}
