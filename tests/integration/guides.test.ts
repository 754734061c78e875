import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDE_SLUGS } from "@/lib/playbook/guide-slugs";
import { findGuide, forTenant, guidesIn, searchGuides } from "@/lib/playbook/guides";

const GUIDES_DIR = path.join(process.cwd(), "content", "guides");

// A link's path under /{tenant} names a page of the app (app/[tenant]/<path>/page.tsx) or another guide.
const isScreen = (screenPath: string) => {
  const [, guide] = /^\/admin\/guides\/([^/?]+)$/.exec(screenPath) ?? [];
  return guide ? (GUIDE_SLUGS as readonly string[]).includes(guide) : existsSync(path.join(process.cwd(), "app", "[tenant]", screenPath.split("?")[0]!, "page.tsx"));
};

describe("the knowledge centre's guides", () => {
  it("has every guide in Japanese and English, the same files in both, with valid front matter", async () => {
    for (const locale of ["ja", "en"] as const) {
      expect(readdirSync(path.join(GUIDES_DIR, locale)).sort()).toEqual(GUIDE_SLUGS.map((s) => `${s}.md`).sort());
    }
    const [ja, en] = [await guidesIn("ja"), await guidesIn("en")];
    expect(ja.map((g) => g.slug)).toEqual(en.map((g) => g.slug));
    expect(new Set(ja.map((g) => g.order)).size).toBe(GUIDE_SLUGS.length);
    for (const [j, e] of ja.map((g, i) => [g, en[i]!] as const)) {
      expect(j.order).toBe(e.order);
      expect(j.screens.map((s) => s.path)).toEqual(e.screens.map((s) => s.path));
      for (const guide of [j, e]) {
        expect(guide.title.length).toBeGreaterThan(3);
        expect(guide.summary.length).toBeGreaterThan(10);
        expect(guide.body.length).toBeGreaterThan(500);
      }
    }
    expect(ja.find((g) => g.slug === "what-not-to-do")?.body).toContain("人材プール");
    expect(en.find((g) => g.slug === "what-not-to-do")?.body).toContain("talent pool");
  });

  it("links only to screens that exist, in this company", async () => {
    for (const guide of [...(await guidesIn("ja")), ...(await guidesIn("en"))]) {
      for (const screen of guide.screens) {
        expect(isScreen(screen.path), `${guide.locale}/${guide.slug}: ${screen.path}`).toBe(true);
      }
      const links = [...guide.body.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!);
      expect(links.length, `${guide.locale}/${guide.slug} links to its screens`).toBeGreaterThan(0);
      for (const link of links) {
        expect(link, `${guide.locale}/${guide.slug}`).toMatch(/^\/\{tenant\}\//);
        expect(isScreen(link.slice("/{tenant}".length)), `${guide.locale}/${guide.slug}: ${link}`).toBe(true);
      }
      expect(forTenant(guide.body, "demo")).not.toContain("{tenant}");
    }
  });

  it("finds a Japanese word inside sentences without spaces, and English words in any case", async () => {
    expect((await searchGuides("ja", "参加率")).map((g) => g.slug)).toContain("first-meetup");
    expect((await searchGuides("ja", "人材プール")).map((g) => g.slug)).toEqual(["what-not-to-do"]);
    // Every word must match; full-width letters are folded.
    expect((await searchGuides("ja", "ＮＰＳ 匿名")).map((g) => g.slug)).toEqual(["alumni-feedback"]);
    expect((await searchGuides("en", "TALENT pool")).map((g) => g.slug)).toEqual(["what-not-to-do"]);
    expect(await searchGuides("en", "人材プール")).toEqual([]);
    expect(await searchGuides("ja", "存在しない言葉")).toEqual([]);
    // Link addresses are not searched: every guide links into /admin, none says "admin".
    expect(await searchGuides("en", "admin")).toEqual([]);
    expect(await searchGuides("ja", "  ")).toHaveLength(GUIDE_SLUGS.length);
  });

  it("finds a guide by its slug and nothing by another name", async () => {
    expect((await findGuide("en", "first-meetup"))?.title).toBe("Running a first meetup");
    expect(await findGuide("en", "../../package")).toBeNull();
  });
});
