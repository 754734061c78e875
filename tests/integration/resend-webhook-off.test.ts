import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";

delete process.env.RESEND_WEBHOOK_SECRET;

describe("the Resend webhook without a signing secret", () => {
  it("does not exist, so unsigned reports cannot mark addresses undeliverable", async () => {
    const response = await POST(new Request("http://localhost:3000/api/webhooks/resend", { method: "POST", body: JSON.stringify({ type: "email.bounced", data: { to: ["x@example.com"] } }) }));
    expect(response.status).toBe(404);
  });
});
