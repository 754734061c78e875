import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send-email";
import { MagicLinkEmail, magicLinkSubject } from "@/lib/email/templates/magic-link-email";

describe("email without a Resend key", () => {
  it("lands in the local outbox with HTML and a plain-text part, in the reader's language", async () => {
    const url = "http://localhost:3000/api/auth/callback/resend?token=abc";
    const sent = await sendEmail({
      to: "Hanako@Example.com",
      subject: magicLinkSubject("ja"),
      react: createElement(MagicLinkEmail, { locale: "ja", url, minutes: 30 }),
      tag: "magic-link",
    });
    expect(sent.via).toBe("outbox");
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored).toMatchObject({ to: "hanako@example.com", subject: "Kizuna へのログインリンク", tag: "magic-link" });
    expect(stored.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    expect(stored.html).toContain('lang="ja"');
    expect(stored.text).toContain("30分間");
    expect(stored.text).toContain(url);
  });

  it("speaks English to English readers", async () => {
    const sent = await sendEmail({
      to: "emily@example.com",
      subject: magicLinkSubject("en"),
      react: createElement(MagicLinkEmail, { locale: "en", url: "http://localhost/x", minutes: 30 }),
      tag: "magic-link",
    });
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored.subject).toBe("Your Kizuna sign-in link");
    expect(stored.text).toContain("for 30 minutes");
  });
});
