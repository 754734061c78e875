import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translateIssues } from "@/lib/actions/validation";
import { translatorFor } from "@/lib/i18n/messages";
import { companySchema, ownerAccountSchema } from "@/lib/tenants/schema";

type Translate = Parameters<typeof translateIssues>[1];
const validationMessages = (locale: "ja" | "en") => translatorFor(locale, "validation") as unknown as Translate;

describe("translated validation errors", () => {
  it("gives each field one message in the reader's language", () => {
    const result = companySchema.merge(ownerAccountSchema).safeParse({
      companyName: "",
      slug: "admin",
      ownerName: "大野",
      ownerEmail: "not-an-email",
      ownerPassword: "short",
    });
    expect(result.success).toBe(false);
    const ja = translateIssues(result.error!.issues, validationMessages("ja"));
    expect(ja).toEqual({
      companyName: "入力してください。",
      slug: "このURLは予約されているため使えません。",
      ownerEmail: "メールアドレスの形式が正しくありません。",
      ownerPassword: "パスワードは10文字以上にしてください。",
    });
    const en = translateIssues(result.error!.issues, validationMessages("en"));
    expect(en.ownerEmail).toBe("Enter a valid email address.");
  });

  it("explains length limits with the number", () => {
    const result = z.object({ name: z.string().max(5) }).safeParse({ name: "123456" });
    expect(translateIssues(result.error!.issues, validationMessages("en"))).toEqual({ name: "Use at most 5 characters." });
  });
});
