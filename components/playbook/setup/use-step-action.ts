"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionInput, ActionResult } from "@/lib/actions/result";

type StepAction = (previous: unknown, input: ActionInput) => Promise<ActionResult<unknown>>;

/**
 * A setup step's form state. Submitted by hand rather than through the form's action, which would reset the
 * fields when the server answers with an error: what the admin typed stays, with the error beside it.
 */
export function useStepAction(action: StepAction) {
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
