import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/[tenant]/admin/metrics/[table]/route";
import { rehireFunnel } from "@/lib/analytics/rehire-metrics";
import { db } from "@/lib/db";
import { jobQueue } from "@/lib/jobs/boss";
import { expressGeneralInterest, expressInterest, withdrawInterest } from "@/lib/opportunities/interests";
import { moveStage } from "@/lib/opportunities/pipeline";
import { moveStageSchema } from "@/lib/opportunities/schema";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { caller } from "../support/action-caller";
import { alumnusContext } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { createPosting } from "../support/opportunities";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);

const download = (tenant: string, table: string) => GET(new Request(`http://localhost/${tenant}/admin/metrics/${table}`), { params: Promise.resolve({ tenant, table }) });
const move = (input: Record<string, string>) => moveStageSchema.parse(input);

beforeAll(async () => {
  await jobQueue();
});
beforeEach(() => {
  caller.userId = null;
});

// Six interests: one stays new, one is withdrawn, one contacted then closed, one interviewing, one offered, one hired.
async function companyWithPipeline() {
  const tenant = await createTenant();
  const hr = await createMember(tenant.id, "HR");
  const staff = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
  const job = await createPosting(tenant.id, { kind: "JOB", title: "再雇用" });
  const collaboration = await createPosting(tenant.id, { kind: "COLLABORATION", title: "協業" });
  const interestIn = async (postingId: string) => {
    const alumnus = await alumnusContext(tenant);
    const expressed = await expressInterest(alumnus.context, postingId, null);
    return { alumnus, id: expressed && expressed.ok ? expressed.id : "" };
  };
  const path = async (id: string, stages: string[]) => {
    for (const stage of stages) {
      await moveStage(staff, move({ interestId: id, stage, ...(stage === "CLOSED" ? { closedReason: "見送り" } : {}), ...(stage === "HIRED" ? { hiredOn: "2026-10-01" } : {}) }));
    }
  };
  await interestIn(job.id);
  const withdrawn = await interestIn(job.id);
  await withdrawInterest(withdrawn.alumnus.context, withdrawn.id);
  await path((await interestIn(collaboration.id)).id, ["CONTACTED", "CLOSED"]);
  await path((await interestIn(collaboration.id)).id, ["CONTACTED", "INTERVIEWING"]);
  await path(await expressGeneralInterest((await alumnusContext(tenant)).context, "CASUAL_CHAT", null), ["CONTACTED", "INTERVIEWING", "OFFERED"]);
  // Straight to HIRED: skipping stages still counts as having passed them.
  await path((await interestIn(job.id)).id, ["HIRED"]);
  // Expressed over a year ago: outside the 12 months.
  const old = await interestIn(job.id);
  await db.interest.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 400 * 86_400_000) } });
  return { tenant, hr, staff };
}

describe("the re-hire figures", () => {
  it("count how many of the year's interests reached each stage, and what they were about", async () => {
    const { staff } = await companyWithPipeline();
    const funnel = await rehireFunnel(staff);
    expect(funnel.steps.map((s) => [s.step, s.reached.count, s.reached.rate])).toEqual([
      ["interested", 6, 100],
      ["contacted", 4, 66.7],
      ["interviewing", 3, 50],
      ["offered", 2, 33.3],
      ["hired", 1, 16.7],
    ]);
    expect(funnel.byKind).toEqual([
      { kind: "JOB", count: 3 },
      { kind: "CONTRACT", count: 0 },
      { kind: "COLLABORATION", count: 2 },
      { kind: "CASUAL_CHAT", count: 1 },
      { kind: "OPEN_TO_RETURN", count: 0 },
    ]);
  });

  it("download as CSV for staff, and 404 for an alumnus or another company", async () => {
    const { tenant, hr } = await companyWithPipeline();
    caller.userId = hr.user.id;
    const lines = (await (await download(tenant.slug, "pipeline")).text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines).toEqual(["段階,人数,全体に対する割合（%）", "関心を表明,6,100", "連絡済み,4,66.7", "面談・選考,3,50", "オファー,2,33.3", "入社決定（再入社）,1,16.7", ""]);
    expect((await (await download(tenant.slug, "returns")).text()).replace(/^\uFEFF/, "").split("\r\n")).toEqual(["年,再入社", "2026,1", ""]);
    const other = await createTenant();
    const { user: ownerOfOther } = await createMember(other.id, "OWNER");
    const { user: alumnus } = await createMember(tenant.id, "ALUMNI");
    for (const who of [ownerOfOther.id, alumnus.id, null]) {
      caller.userId = who;
      expect((await download(tenant.slug, "pipeline")).status).toBe(404);
      expect((await download(tenant.slug, "returns")).status).toBe(404);
    }
  });
});
