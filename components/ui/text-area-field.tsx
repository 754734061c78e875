import { useId } from "react";

type Props = { label: string; name: string; defaultValue: string; hint?: string; error?: string; rows?: number; required?: boolean; maxLength?: number };

/** A labelled textarea with its hint and error tied to it for screen readers (the multi-line Field). */
export function TextAreaField({ label, name, defaultValue, hint, error, rows = 3, required, maxLength = 2000 }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-800">{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-600" : "border-stone-300"}`}
      />
      {hint ? <p id={`${id}-hint`} className="text-xs text-stone-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}
