import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";

// Point this file's (not yet created) database client at a port where nothing listens.
process.env.DATABASE_URL = "postgresql://postgres:x@localhost:9/unreachable";

describe("GET /api/health without a database", () => {
  it("answers 503 so a load balancer takes the instance out", async () => {
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
  });
});
