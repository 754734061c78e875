import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { clientMessages, CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      return name === "generated" ? [] : sources(full);
    }
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** The file an import specifier points to inside the project, or null for packages. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) {
    return null;
  }
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** Every module that runs in the browser: "use client" files and everything they import from the project. */
function clientModules(): string[] {
  const all = ["app", "components", "lib"].flatMap((dir) => sources(path.join(ROOT, dir)));
  const queue = all.filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
      const target = resolveImport(file, specifier!);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}

describe("messages sent to the browser", () => {
  const modules = clientModules();

  it("include every namespace a client component translates with", () => {
    const used = new Set<string>();
    for (const file of modules) {
      const text = readFileSync(file, "utf8");
      // A namespace that is not a literal (or none, or the whole catalog) cannot be checked: not allowed.
      expect(text, path.relative(ROOT, file)).not.toMatch(/useTranslations\(\s*(\)|[^"'\s)])|useMessages\(/);
      for (const [, namespace] of text.matchAll(/useTranslations\(\s*["']([^"']+)["']/g)) {
        used.add(namespace!);
      }
    }
    const covered = (namespace: string) => CLIENT_NAMESPACES.some((picked) => namespace === picked || namespace.startsWith(`${picked}.`));
    expect([...used].filter((namespace) => !covered(namespace))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });

  it("are the same messages as the catalog's, in both languages, and much smaller", () => {
    for (const catalog of [ja, en]) {
      const picked = clientMessages(catalog);
      expect(picked.events).toEqual({ admin: catalog.events.admin, checkIn: catalog.events.checkIn, form: catalog.events.form, rsvp: catalog.events.rsvp });
      expect(picked.common).toEqual(catalog.common);
      expect(picked).not.toHaveProperty("directory");
      expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(catalog).length * 0.75);
    }
  });
});
