import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encodeCursor } from "@/lib/directory/cursor";
import { directoryFacets } from "@/lib/directory/facets";
import { readDirectoryFilters, type DirectoryFilters } from "@/lib/directory/filters";
import { DIRECTORY_PAGE_SIZE, searchDirectory } from "@/lib/directory/search";
import { overlap } from "@/lib/directory/shared-history";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createAlumnus, createTenant } from "../support/factories";

type Person = Parameters<typeof db.alumniProfile.update>[0]["data"];

async function alumnus(tenantId: string, displayName: string, data: Person = {}) {
  const created = await createAlumnus(tenantId, { displayName });
  await db.alumniProfile.update({ where: { id: created.profile.id }, data });
  return created;
}

async function company() {
  const tenant = await createTenant();
  const viewer = await alumnus(tenant.id, "閲覧 者", { department: "営業部", joinedOn: new Date("2014-04-01"), leftOn: new Date("2019-03-31") });
  const tanaka = await alumnus(tenant.id, "田中 一郎", {
    nameKana: "たなか いちろう", nameRomaji: "Ichiro Tanaka", currentCompany: "ソニーグループ", currentTitle: "ソフトウェアエンジニア",
    industry: "製造・エレクトロニクス", location: "大阪府", skills: ["TypeScript", "機械学習"], department: "営業部",
    joinedOn: new Date("2015-04-01"), leftOn: new Date("2018-09-30"), lastActiveAt: new Date(Date.now() - 3_600_000),
  });
  const emily = await alumnus(tenant.id, "Emily Carter", {
    nameRomaji: "Emily Carter", currentCompany: "freee", currentTitle: "Product Manager", industry: "フィンテック", location: "大阪府",
    skills: ["UXデザイン"], bio: "100% remote, loves a_b testing", lastActiveAt: new Date(Date.now() - 7_200_000),
  });
  // Keeps her company and kana from alumni; staff may see them, alumni may neither find nor see them.
  const secret = await alumnus(tenant.id, "佐藤 花子", {
    nameKana: "さとう はなこ", currentCompany: "秘密商事", industry: "金融", location: "東京都",
    visibility: { currentCompany: "STAFF", nameKana: "PRIVATE", industry: "PRIVATE" },
  });
  const context = (await resolveTenantContext(tenant.slug, viewer.user.id)) as TenantContext;
  return { tenant, context, viewer, tanaka, emily, secret };
}

const names = async (context: TenantContext, filters: DirectoryFilters) => (await searchDirectory(context, filters)).people.map((p) => p.displayName).sort();

describe("the alumni directory", () => {
  it("finds people in Japanese, kana, romaji and English, across widths and scripts", async () => {
    const { context } = await company();
    expect(await names(context, { q: "田中" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "タナカ" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "ﾀﾅｶ" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "tanaka" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "ＴＡＮＡＫＡ" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "エンジニア" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "ソニー" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "product manager" })).toEqual(["Emily Carter"]);
    expect(await names(context, { q: "田" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "田中 typescript" })).toEqual(["田中 一郎"]);
    expect(await names(context, { q: "田中 freee" })).toEqual([]);
  });

  it("takes wildcards, backslashes, emoji and NUL as plain text", async () => {
    const { context } = await company();
    expect(await names(context, { q: "100%" })).toEqual(["Emily Carter"]);
    expect(await names(context, { q: "a_b" })).toEqual(["Emily Carter"]);
    expect(await names(context, { q: "%" })).toEqual(["Emily Carter"]);
    expect(await names(context, { q: "_" })).toEqual(["Emily Carter"]);
    expect(await names(context, { q: "\\" })).toEqual([]);
    expect(await names(context, { q: "🍣" })).toEqual([]);
    const { filters, ignored } = readDirectoryFilters({ q: "田中\u0000", industry: "存在しない業界", sort: "bogus", joinedFrom: "abc" });
    expect(ignored.sort()).toEqual(["joinedFrom", "sort"]);
    expect(filters.q).toBe("田中");
    expect(await names(context, filters)).toEqual([]);
    expect(readDirectoryFilters({ q: "あ".repeat(101) }).ignored).toEqual(["q"]);
  });

  it("combines filters, each on what alumni may see", async () => {
    const { context } = await company();
    expect(await names(context, { location: "大阪府" })).toEqual(["Emily Carter", "田中 一郎"]);
    expect(await names(context, { location: "大阪府", industry: "フィンテック" })).toEqual(["Emily Carter"]);
    expect(await names(context, { skill: "機械学習", department: "営業部" })).toEqual(["田中 一郎"]);
    expect(await names(context, { joinedFrom: 2015, joinedTo: 2015 })).toEqual(["田中 一郎"]);
    expect(await names(context, { leftFrom: 2018, leftTo: 2018, q: "tanaka" })).toEqual(["田中 一郎"]);
    expect(await names(context, { location: "大阪府", interest: "mentoring" })).toEqual([]);
  });

  it("follows a profile's changes and its owner's choices in the index keys", async () => {
    const { context, tanaka } = await company();
    await db.alumniProfile.update({ where: { id: tanaka.profile.id }, data: { location: "福岡県", skills: ["Go"], interests: ["mentoring"] } });
    expect(await names(context, { location: "大阪府", q: "田中" })).toEqual([]);
    expect(await names(context, { location: "福岡県", skill: "Go", interest: "mentoring", q: "田中" })).toEqual(["田中 一郎"]);
    await db.alumniProfile.update({ where: { id: tanaka.profile.id }, data: { visibility: { location: "STAFF", skills: "PRIVATE" } } });
    expect(await names(context, { location: "福岡県" })).toEqual([]);
    expect(await names(context, { skill: "Go" })).toEqual([]);
    expect(await names(context, { interest: "mentoring", q: "たなか" })).toEqual(["田中 一郎"]);
  });

  it("never lets a hidden field match, show, or appear as a filter choice", async () => {
    const { context, tenant } = await company();
    expect(await names(context, { q: "秘密" })).toEqual([]);
    expect(await names(context, { q: "さとう" })).toEqual([]);
    expect(await names(context, { industry: "金融" })).toEqual([]);
    expect(await names(context, { q: "佐藤" })).toEqual(["佐藤 花子"]);
    const card = (await searchDirectory(context, { q: "佐藤" })).people[0]!;
    expect(JSON.stringify(card)).not.toContain("秘密商事");
    expect(JSON.stringify(card)).not.toContain("さとう");
    expect(card).not.toHaveProperty("visibility");
    const facets = await directoryFacets(tenant.id);
    expect(facets.industry).not.toContain("金融");
    expect(facets.location).toContain("東京都");
  });

  it("shows only active alumni of this company, never another's", async () => {
    const a = await company();
    const b = await company();
    await db.membership.update({ where: { id: a.emily.membership.id }, data: { status: "SUSPENDED" } });
    expect(await names(a.context, { location: "大阪府" })).toEqual(["田中 一郎"]);
    const everyone = (await searchDirectory(a.context, {})).people.map((p) => p.id);
    expect(everyone).not.toContain(b.tanaka.profile.id);
    expect(everyone).toContain(a.tanaka.profile.id);
  });

  it("pages forward and back with cursors, in every sort, each person once; a forged cursor starts over", async () => {
    const { tenant, context } = await company();
    for (let i = 0; i < DIRECTORY_PAGE_SIZE + 7; i++) {
      await alumnus(tenant.id, `名簿 ${String(i).padStart(2, "0")}`, {
        skills: ["Go"], leftOn: i % 4 ? new Date(Date.UTC(2010 + (i % 7), 2, 31)) : null,
        lastActiveAt: i % 3 ? new Date(Date.now() - i * 60_000) : null,
      });
    }
    for (const sort of ["recent", "leaveYear", "name", "relevance"] as const) {
      const base: DirectoryFilters = { skill: "Go", sort, q: sort === "relevance" ? "名簿" : undefined };
      const first = await searchDirectory(context, base);
      expect(first.people).toHaveLength(DIRECTORY_PAGE_SIZE);
      expect(first.previous).toBeNull();
      const second = await searchDirectory(context, { ...base, after: first.next! });
      expect(second.people).toHaveLength(7);
      expect(second.next).toBeNull();
      const ids = [...first.people, ...second.people].map((p) => p.id);
      expect(new Set(ids).size).toBe(DIRECTORY_PAGE_SIZE + 7);
      const back = await searchDirectory(context, { ...base, before: second.previous! });
      expect(back.people.map((p) => p.id)).toEqual(first.people.map((p) => p.id));
      expect(back.previous).toBeNull();
      expect(back.next).not.toBeNull();
    }
    const forged = [
      "not-base64!", encodeCursor({ sort: "recent", rank: 0, value: "2026-02-30 00:00:00", id: "x" }),
      encodeCursor({ sort: "recent", rank: 0, value: "'; DROP TABLE x; --", id: "x" }), Buffer.from('{"a":1}').toString("base64url"),
      encodeCursor({ sort: "name", rank: 0, value: "a\u0000b", id: "x" }),
    ];
    const top = (await searchDirectory(context, { skill: "Go" })).people.map((p) => p.id);
    for (const after of forged) {
      expect((await searchDirectory(context, { skill: "Go", after })).people.map((p) => p.id)).toEqual(top);
    }
  });

  it("tells two people what they share at the company", () => {
    const d = (s: string) => new Date(s);
    expect(overlap({ department: "営業部", joinedOn: d("2014-04-01"), leftOn: d("2019-03-31") }, { department: "営業部", joinedOn: d("2015-04-01"), leftOn: d("2018-09-30") }))
      .toEqual({ department: "営業部", from: 2015, to: 2018 });
    expect(overlap({ department: "営業部", joinedOn: d("2014-04-01"), leftOn: d("2019-03-31") }, { joinedOn: d("2016-04-01") }))
      .toEqual({ department: null, from: 2016, to: 2019 });
    expect(overlap({ joinedOn: d("2010-04-01"), leftOn: d("2012-03-31") }, { joinedOn: d("2015-04-01") })).toBeNull();
  });
});
