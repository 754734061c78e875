import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";

// Point this file's (not yet created) database client at a port where nothing listens.
process.env.DATABASE_URL = "postgresql://postgres:x@localhost:9/unreachable";

describe("GET /api/health without a database", () => {
  it("answers 503 so a load balancer takes the instance out", async () => {
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
  });
});

describe("GET /api/ready without a database", () => {
  it("answers 503, naming the database and the job queue (which lives in it) as down", async () => {
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "down", jobQueue: "down" });
  });
});
