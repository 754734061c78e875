/** What every server action returns to its form: success with data, or errors to show beside the fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export type ActionInput = FormData | Record<string, unknown>;

export function formValues(input: ActionInput): Record<string, unknown> {
  if (input instanceof FormData) {
    const values: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      if (!key.startsWith("$ACTION")) {
        values[key] = typeof value === "string" ? value : value;
      }
    }
    return values;
  }
  return input;
}

/** Echoed back on failure, so a form can keep what was typed (React resets uncontrolled forms after an action). */
export function echoValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key, value]) => typeof value === "string" && !/password/i.test(key))
      .map(([key, value]) => [key, value as string]),
  );
}
