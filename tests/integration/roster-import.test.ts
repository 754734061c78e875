import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { guessMapping } from "@/lib/roster/columns";
import { importRoster } from "@/lib/roster/import-roster";
import { previewRoster } from "@/lib/roster/preview";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";
import { chunksOf, csvFile, ROSTER_HEADER } from "../support/roster-files";

async function hrOf(): Promise<TenantContext> {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, "HR");
  return (await resolveTenantContext(tenant.slug, user.id))!;
}

async function newImport(context: TenantContext) {
  return db.rosterImport.create({
    data: { tenantId: context.tenant.id, fileName: "roster.csv", storedPath: "/dev/null", byteSize: 0, createdById: context.userId },
  });
}

const rows = [
  ROSTER_HEADER,
  ["A001", "山田 太郎", "taro@example.com", "営業部", "2010/4/1", "2018/3/31", "正社員"],
  ["A002", "佐藤 花子", "hanako@example.com", "開発部", "2012/4/1", "2020/9/30", "正社員"],
  ["A003", "", "nobody@example.com", "開発部", "2012/4/1", "2020/9/30", ""],
  ["A004", "鈴木 一郎", "ichiro@example", "人事部", "2015/4/1", "2019/3/31", "契約社員"],
  ["A001", "山田 太郎", "taro2@example.com", "営業部", "2010/4/1", "2018/3/31", ""],
];

async function importFile(context: TenantContext, bytes: Uint8Array) {
  const run = await newImport(context);
  return importRoster(context, run.id, chunksOf(bytes), guessMapping(ROSTER_HEADER));
}

describe("roster preview", () => {
  it("names each problem row without writing anything", async () => {
    const preview = await previewRoster(chunksOf(csvFile(rows, "shift_jis"), 10));
    expect(preview).toMatchObject({ encoding: "shift_jis", totalRows: 5, validRows: 2, problemRows: 3 });
    expect(preview.problems.map((p) => [p.row, p.problems])).toEqual([
      [4, ["missingName"]],
      [5, ["badEmail"]],
      [6, ["duplicateInFile"]],
    ]);
    expect(preview.problems[2]).toMatchObject({ duplicateOf: 2 });
    expect(await db.rosterEntry.count()).toBe(0);
  });
});

describe("roster import", () => {
  it("imports the valid rows, keeps extra columns as tags, and skips the rest", async () => {
    const context = await hrOf();
    expect(await importFile(context, csvFile(rows))).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 3 });
    const taro = await db.rosterEntry.findFirstOrThrow({ where: { tenantId: context.tenant.id, employeeNumber: "A001" } });
    expect(taro).toMatchObject({ name: "山田 太郎", email: "taro@example.com", department: "営業部", tags: { 雇用形態: "正社員" } });
  });

  it("changes nothing when the same file is imported again, in either encoding", async () => {
    const context = await hrOf();
    await importFile(context, csvFile(rows));
    const before = await db.rosterEntry.findMany({ where: { tenantId: context.tenant.id }, orderBy: { id: "asc" } });
    expect(await importFile(context, csvFile(rows, "shift_jis"))).toEqual({ created: 0, updated: 0, unchanged: 2, skipped: 3 });
    expect(await db.rosterEntry.findMany({ where: { tenantId: context.tenant.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("updates by employee number, else by email", async () => {
    const context = await hrOf();
    await importFile(context, csvFile(rows));
    const changed = csvFile([
      ROSTER_HEADER,
      ["A001", "山田 太郎", "taro.new@example.com", "マーケティング部", "2010/4/1", "2018/3/31", "正社員"],
      ["", "佐藤 花子", "hanako@example.com", "開発部", "2012/4/1", "2021/3/31", "正社員"],
    ]);
    expect(await importFile(context, changed)).toEqual({ created: 0, updated: 2, unchanged: 0, skipped: 0 });
    expect(await db.rosterEntry.count({ where: { tenantId: context.tenant.id } })).toBe(2);
    const taro = await db.rosterEntry.findFirstOrThrow({ where: { tenantId: context.tenant.id, employeeNumber: "A001" } });
    expect(taro).toMatchObject({ email: "taro.new@example.com", department: "マーケティング部" });
  });

  it("leaves the roster as it was when the import fails half-way, and says it failed", async () => {
    const context = await hrOf();
    await importFile(context, csvFile(rows));
    const before = await db.rosterEntry.findMany({ where: { tenantId: context.tenant.id }, orderBy: { id: "asc" } });
    const many = [ROSTER_HEADER, ...Array.from({ length: 2500 }, (_, i) => [`B${i}`, `社員 ${i}`, `b${i}@example.com`, "営業部", "", "", ""])];
    const bytes = csvFile(many);
    async function* breaksHalfway() {
      yield bytes.subarray(0, Math.floor(bytes.length * 0.6));
      throw new Error("disk read error");
    }
    const run = await newImport(context);
    await expect(importRoster(context, run.id, breaksHalfway(), guessMapping(ROSTER_HEADER))).rejects.toThrow("disk read error");
    expect(await db.rosterEntry.findMany({ where: { tenantId: context.tenant.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.rosterImport.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ status: "FAILED", error: "disk read error" });
  });

  it("never touches another company's roster, even with the same employee numbers", async () => {
    const [a, b] = [await hrOf(), await hrOf()];
    await importFile(a, csvFile(rows));
    expect(await importFile(b, csvFile(rows))).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 3 });
    expect(await db.rosterEntry.count({ where: { tenantId: a.tenant.id } })).toBe(2);
  });
});
