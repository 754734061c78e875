/** What every server action returns to its form: success with data, or errors to show beside the fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export type ActionInput = FormData | Record<string, unknown>;

/** A form's fields as an object; a name that repeats (checkbox groups, multi-selects) becomes an array. */
export function formValues(input: ActionInput): Record<string, unknown> {
  if (!(input instanceof FormData)) {
    // A crafted request can send any value as the action's argument: anything but an object is an empty form.
    return typeof input === "object" && input !== null && !Array.isArray(input) ? input : {};
  }
  const values: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (!key.startsWith("$ACTION")) {
      const all = input.getAll(key);
      values[key] = all.length > 1 ? all : all[0];
    }
  }
  return values;
}

/** Echoed back on failure, so a form can keep what was typed (React resets uncontrolled forms after an action). */
export function echoValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([key, value]) => typeof value === "string" && !/password/i.test(key))
      .map(([key, value]) => [key, value as string]),
  );
}

/** For a form with no visible field to put an error beside (hidden ids, checkboxes): the one message to show. */
export function failureText(state: ActionResult<unknown> | null): string | undefined {
  if (!state || state.ok) {
    return undefined;
  }
  return state.error ?? Object.values(state.fieldErrors ?? {})[0];
}
