"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
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

/**
 * For a form that starts empty again once it succeeded (a comment box, a composer): `round` changes on success, so
 * keying the form with it resets the fields; on an error the form keeps what was typed (the action echoes it).
 */
export function useClearingAction(action: FormAction) {
  const [round, setRound] = useState(0);
  const [state, dispatch, pending] = useActionState(async (previous: unknown, input: FormData) => {
    const result = await action(previous, input);
    if (result.ok) {
      setRound((n) => n + 1);
    }
    return result;
  }, null);
  return { state, action: dispatch, pending, round, failed: state && !state.ok ? state : null };
}
