/** A labelled progress bar; `value` from 0 to 1, or null while the total is unknown. */
export function ProgressBar({ label, value, detail }: { label: string; value: number | null; detail?: string }) {
  const percent = value === null ? undefined : Math.round(value * 100);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between text-sm text-stone-700">
        <span>{label}</span>
        <span className="tabular-nums">{detail ?? (percent === undefined ? "" : `${percent}%`)}</span>
      </div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded bg-stone-200">
        <div className={`h-full bg-brand-600 transition-[width] ${percent === undefined ? "w-1/3 animate-pulse" : ""}`} style={percent === undefined ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
