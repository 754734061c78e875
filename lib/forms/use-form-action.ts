"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionInput, ActionResult } from "@/lib/actions/result";

type FormAction = (previous: unknown, input: ActionInput) => Promise<ActionResult<unknown>>;

/**
 * A form's action state, submitted by hand rather than through the form's action, which would reset the fields
 * when the server answers with an error: what was typed stays, with each error beside its field.
 */
export function useFormAction(action: FormAction) {
  const [state, dispatch, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.name) {
      data.set(submitter.name, submitter.value);
    }
    startTransition(() => dispatch(data));
  };
  return { onSubmit, pending, errors: failed?.fieldErrors ?? {}, error: failed?.error };
}
