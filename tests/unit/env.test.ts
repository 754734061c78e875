import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://u:p@localhost:5432/kizuna", AUTH_SECRET: "x".repeat(43) };

describe("environment validation", () => {
  it("accepts a minimal valid environment with defaults", () => {
    const env = parseEnv(valid as unknown as NodeJS.ProcessEnv);
    expect(env.KIZUNA_DEV_TOOLS).toBe(false);
    expect(env.EMAIL_FROM).toContain("@");
  });

  it("names each bad variable in the message", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: "mysql://x", RESEND_API_KEY: "nope" } as unknown as NodeJS.ProcessEnv)).toThrow(
      /DATABASE_URL: must be a postgres[\s\S]*RESEND_API_KEY: must be a Resend API key/,
    );
  });

  it("takes a Resend webhook secret only in Resend's whsec_ form", () => {
    expect(() => parseEnv({ ...valid, RESEND_WEBHOOK_SECRET: "secret" } as unknown as NodeJS.ProcessEnv)).toThrow(/RESEND_WEBHOOK_SECRET: must be a Resend webhook signing secret/);
    expect(parseEnv({ ...valid, RESEND_WEBHOOK_SECRET: "whsec_abc" } as unknown as NodeJS.ProcessEnv).RESEND_WEBHOOK_SECRET).toBe("whsec_abc");
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ ...valid, RESEND_API_KEY: "" } as unknown as NodeJS.ProcessEnv).RESEND_API_KEY).toBeUndefined();
  });

  it("requires AUTH_URL in production, where sign-in links must not trust request headers", () => {
    expect(() => parseEnv({ ...valid, NODE_ENV: "production" } as unknown as NodeJS.ProcessEnv)).toThrow(/AUTH_URL: must be set in production/);
    expect(parseEnv({ ...valid, NODE_ENV: "production", AUTH_URL: "https://alumni.example.com" } as unknown as NodeJS.ProcessEnv).AUTH_URL).toBe(
      "https://alumni.example.com",
    );
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(() => parseEnv({ ...valid, AUTH_SECRET: "short" } as unknown as NodeJS.ProcessEnv)).toThrow(/AUTH_SECRET/);
  });
});
