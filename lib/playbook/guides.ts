import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "@/lib/generated/prisma/enums";
import { GUIDE_SLUGS, isGuideSlug, type GuideSlug } from "./guide-slugs";

// Read from the checkout at run time (next start runs there; next.config.ts traces the folder for a standalone build).
const GUIDES_DIR = path.join(process.cwd(), "content", "guides");

/** A screen a guide talks about: its path under /{tenant} (e.g. /admin/roster) and the words of its link. */
export type GuideScreen = { path: string; label: string };

export type Guide = { slug: GuideSlug; locale: Locale; title: string; summary: string; order: number; screens: GuideScreen[]; body: string };

/**
 * Splits a guide file into its front matter and Markdown body. The front matter is a few `key: value` lines between
 * `---` lines; `screens` lists `path | label` pairs separated by `;`. Throws on anything missing, so a broken file
 * fails the guides test rather than a page.
 */
export function parseGuide(slug: GuideSlug, locale: Locale, source: string): Guide {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, "\n"));
  if (!match) {
    throw new Error(`Guide ${locale}/${slug}: no front matter`);
  }
  const fields = new Map<string, string>();
  for (const line of match[1]!.split("\n")) {
    const at = line.indexOf(":");
    if (at > 0) {
      fields.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
  }
  const field = (key: string) => {
    const value = fields.get(key);
    if (!value) {
      throw new Error(`Guide ${locale}/${slug}: no ${key}`);
    }
    return value;
  };
  const order = Number(field("order"));
  if (!Number.isInteger(order)) {
    throw new Error(`Guide ${locale}/${slug}: order is not a whole number`);
  }
  const screens = field("screens")
    .split(";")
    .map((pair) => pair.split("|").map((part) => part.trim()))
    .map(([screenPath, label]) => {
      if (!screenPath?.startsWith("/") || !label) {
        throw new Error(`Guide ${locale}/${slug}: a screen is not "/path | label"`);
      }
      return { path: screenPath, label };
    });
  return { slug, locale, title: field("title"), summary: field("summary"), order, screens, body: match[2]!.trim() };
}

const loaded = new Map<Locale, Promise<Guide[]>>();

async function readGuides(locale: Locale): Promise<Guide[]> {
  const guides = await Promise.all(GUIDE_SLUGS.map(async (slug) => parseGuide(slug, locale, await readFile(path.join(GUIDES_DIR, locale, `${slug}.md`), "utf8"))));
  return guides.sort((a, b) => a.order - b.order);
}

/** Every guide in a language, in their order. In production read once per process: they change only with a deploy. */
export function guidesIn(locale: Locale): Promise<Guide[]> {
  if (process.env.NODE_ENV !== "production") {
    return readGuides(locale);
  }
  const guides = loaded.get(locale) ?? readGuides(locale);
  loaded.set(locale, guides);
  return guides;
}

export async function findGuide(locale: Locale, slug: string): Promise<Guide | null> {
  return isGuideSlug(slug) ? ((await guidesIn(locale)).find((g) => g.slug === slug) ?? null) : null;
}

// Case and width folded (ＡＢＣ = abc, ｶﾞ = ガ), as the directory's search does.
const fold = (text: string) => text.normalize("NFKC").toLowerCase();

/** The text a guide is searched by: title, summary and body, without the links' addresses. */
const searchText = (guide: Guide) => fold(`${guide.title}\n${guide.summary}\n${guide.body.replace(/\]\([^)]*\)/g, "]")}`);

/**
 * The guides matching every word of `query` as a substring — Japanese needs no spaces: 参加率 finds a guide that
 * says イベントの参加率. An empty query matches all.
 */
export async function searchGuides(locale: Locale, query: string): Promise<Guide[]> {
  const words = fold(query).split(/\s+/u).filter(Boolean).slice(0, 8);
  const guides = await guidesIn(locale);
  return words.length ? guides.filter((g) => words.every((w) => searchText(g).includes(w))) : guides;
}

/** A guide's Markdown with the {tenant} placeholder of its links replaced by the company's address. */
export const forTenant = (markdown: string, slug: string) => markdown.replaceAll("{tenant}", slug);
