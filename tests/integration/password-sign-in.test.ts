import { describe, expect, it } from "vitest";
import { authorizeWithPassword } from "@/lib/auth/authorize-password";
import { createUser } from "../support/factories";

describe("password sign-in", () => {
  it("accepts the right password, case-insensitive on the email", async () => {
    const user = await createUser({ email: "hanako@example.com", password: "kizuna-secret-1" });
    expect(await authorizeWithPassword({ email: "Hanako@Example.com", password: "kizuna-secret-1" })).toMatchObject({ id: user.id });
  });

  it("refuses a wrong password, an unknown email and a passwordless account alike", async () => {
    await createUser({ email: "taro@example.com", password: "kizuna-secret-1" });
    await createUser({ email: "link-only@example.com" });
    expect(await authorizeWithPassword({ email: "taro@example.com", password: "wrong" })).toBeNull();
    expect(await authorizeWithPassword({ email: "nobody@example.com", password: "kizuna-secret-1" })).toBeNull();
    expect(await authorizeWithPassword({ email: "link-only@example.com", password: "" })).toBeNull();
    expect(await authorizeWithPassword({ email: "not an email", password: "x" })).toBeNull();
  });
});
