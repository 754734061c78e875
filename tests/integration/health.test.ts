import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";

describe("GET /api/health", () => {
  it("answers 200 while the database is reachable", async () => {
    // Open the pool first: on a busy machine the first connection alone can take longer than the check allows.
    await db.$queryRaw`SELECT 1`;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });
});
