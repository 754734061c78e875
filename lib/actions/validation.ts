import type { z } from "zod";

type Translate = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };

/** Turns zod issues into one translated message per field (the first problem of each). */
export function translateIssues(issues: readonly z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    // A problem inside a list (e.g. one of several domains) is shown beside the field that holds the list.
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    if (errors[field]) {
      continue;
    }
    errors[field] = messageFor(issue, t);
  }
  return errors;
}

function messageFor(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message && t.has(issue.message)) {
    return t(issue.message);
  }
  switch (issue.code) {
    case "invalid_type":
      return t("required");
    case "too_small":
      return Number(issue.minimum) <= 1 && issue.origin === "string" ? t("required") : t("tooShort", { min: Number(issue.minimum) });
    case "too_big":
      return t("tooLong", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("invalidEmail") : t("invalid");
    default:
      return t("invalid");
  }
}
