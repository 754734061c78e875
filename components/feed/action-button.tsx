"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";

type Props = {
  action: (previous: unknown, input: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "ghost";
  pressed?: boolean;
  ariaLabel?: string;
};

/** One button that runs a feed action with hidden fields (pin, hide, delete, react, decide a report). */
export function ActionButton({ action, fields, label, confirm, variant = "ghost", pressed, ariaLabel }: Props) {
  const [state, run, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state.error : null;
  return (
    <form
      action={run}
      className="inline"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) {
          event.preventDefault();
        }
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-pressed={pressed} aria-label={ariaLabel} className="px-2 py-1 text-xs">
        {label}
      </Button>
      {failed ? <span role="alert" className="ml-2 text-xs text-red-700">{failed}</span> : null}
    </form>
  );
}
