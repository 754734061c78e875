import { TEMPLATE_SPECS, type Placeholder, type TemplateFormat, type TemplateKey } from "./catalog";

// Placeholders are written {name}. Filling is one pass over the template, so a value that itself contains
// "{link}" stays text; in Markdown templates values are escaped so a name cannot become a link or a heading.

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** Every placeholder a text uses, once each, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Placeholders a template of this key does not know (they would reach people as "{…}"). */
export function unknownPlaceholders(key: TemplateKey, ...texts: (string | null | undefined)[]): string[] {
  const known: readonly string[] = TEMPLATE_SPECS[key].placeholders;
  return [...new Set(texts.flatMap((text) => placeholdersIn(text ?? "")).filter((name) => !known.includes(name)))];
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** A person's or company's words as literal Markdown text: every character that could mean something is escaped. */
export function escapeMarkdown(value: string): string {
  return value.replace(/\r?\n/g, " ").replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/**
 * The template with its placeholders replaced. `link` is a URL Kizuna built and stays as it is (Markdown link
 * targets and bare URLs must keep their characters); every other value is escaped in Markdown.
 */
export function fillTemplate(text: string, values: PlaceholderValues, format: TemplateFormat): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name as Placeholder];
    if (value === undefined) {
      return whole;
    }
    return format === "markdown" && name !== "link" ? escapeMarkdown(value) : value.replace(/[\r\n]+/g, " ");
  });
}

/** A plain template's paragraphs (separated by blank lines), for emails that set each as its own block. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
}
