import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signUpCompanyAction } from "@/lib/actions/sign-up-company";
import { translatorFor } from "@/lib/i18n/messages";
import { createUser } from "../support/factories";

const session = vi.hoisted(() => ({ userId: null as string | null, signIns: [] as unknown[] }));
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (session.userId ? { user: { id: session.userId }, memberships: [], expires: "" } : null),
}));
vi.mock("@/lib/auth", () => ({
  signIn: async (...args: unknown[]) => {
    session.signIns.push(args);
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.20" }) }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "validation") => translatorFor("ja", namespace),
  getLocale: async () => "ja",
}));

const redirectTarget = (error: unknown) => String((error as { digest?: string }).digest).split(";")[2];

beforeEach(() => {
  session.userId = null;
  session.signIns = [];
});

describe("company sign-up", () => {
  it("shows every problem at once, company and owner fields alike, and keeps what was typed", async () => {
    const result = await signUpCompanyAction(null, { companyName: "", slug: "admin", ownerName: "大野", ownerEmail: "nope", ownerPassword: "short" });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        companyName: "入力してください。",
        slug: "このURLは予約されているため使えません。",
        ownerEmail: "メールアドレスの形式が正しくありません。",
        ownerPassword: "パスワードは10文字以上にしてください。",
      },
      values: { companyName: "", slug: "admin", ownerName: "大野", ownerEmail: "nope" },
    });
    expect(await db.tenant.count()).toBe(0);
  });

  it("creates the company, signs the new owner in and goes to the admin", async () => {
    const outcome = await signUpCompanyAction(null, {
      companyName: "株式会社テスト", slug: "Test-Co", ownerName: "大野 誠一", ownerEmail: "Ono@Example.com", ownerPassword: "long-enough-pass",
    }).catch(redirectTarget);
    expect(outcome).toBe("/test-co/admin");
    expect(session.signIns).toEqual([["password", { email: "ono@example.com", password: "long-enough-pass", redirectTo: "/test-co/admin" }]]);
    expect(await db.tenant.findUnique({ where: { slug: "test-co" } })).toMatchObject({ name: "株式会社テスト", defaultLocale: "ja" });
  });

  it("needs no owner fields from someone signed in, who becomes the owner", async () => {
    const user = await createUser();
    session.userId = user.id;
    const outcome = await signUpCompanyAction(null, { companyName: "二社目", slug: "second-co" }).catch(redirectTarget);
    expect(outcome).toBe("/second-co/admin");
    expect(session.signIns).toEqual([]);
    expect(await db.membership.findFirst({ where: { userId: user.id, tenant: { slug: "second-co" } } })).toMatchObject({ role: "OWNER" });
  });
});
