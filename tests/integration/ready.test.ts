import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/ready/route";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";

describe("GET /api/ready", () => {
  it("answers 200 once the database answers and the job queue is started", async () => {
    // Open the pool and start the queue first: on a busy machine starting them alone can outlast the check's limit.
    await db.$queryRaw`SELECT 1`;
    await jobQueue();
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready", database: "up", jobQueue: "up" });
  });
});
