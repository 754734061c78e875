import { describe, expect, it } from "vitest";
import { listOutbox } from "@/lib/dev/outbox";

// No KIZUNA_DEV_TOOLS in this file's environment: a deployment without Resend must not expose its outbox.
delete process.env.KIZUNA_DEV_TOOLS;

describe("the outbox viewer", () => {
  it("does not exist unless dev tools are on, since it shows everyone's sign-in links", async () => {
    await expect(listOutbox()).rejects.toSatisfy(
      (error: unknown) => String((error as { digest?: string }).digest).includes("404"),
    );
  });
});
