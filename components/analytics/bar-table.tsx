type Row = { label: string; value: number; detail?: string };

/**
 * A small table with a bar per row: readable at a glance, and the numbers are right there (and read out) for
 * anyone who does not see the bars.
 */
export function BarTable({ caption, rows, valueLabel, labelHeader, format = (v) => String(v), max }: {
  caption: string;
  rows: Row[];
  labelHeader: string;
  valueLabel: string;
  format?: (value: number) => string;
  max?: number;
}) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-stone-600">
        <tr>
          <th scope="col" className="py-1 pr-2 font-medium">{labelHeader}</th>
          <th scope="col" className="w-1/2 py-1 font-medium"><span className="sr-only">{valueLabel}</span></th>
          <th scope="col" className="py-1 pl-2 text-right font-medium">{valueLabel}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-t border-stone-100">
            {/* Long labels (an announcement's subject) are cut short so the bars keep their room; the full text is the title. */}
            <th scope="row" title={r.label} className="max-w-48 truncate py-1 pr-2 font-normal whitespace-nowrap">{r.label}</th>
            <td className="py-1" aria-hidden="true">
              <div className="h-3 rounded bg-brand-600" style={{ width: `${Math.max(0, Math.min(100, (r.value / top) * 100))}%` }} />
            </td>
            <td className="py-1 pl-2 text-right tabular-nums whitespace-nowrap">
              {format(r.value)}
              {r.detail ? <span className="ml-1 text-xs text-stone-500">{r.detail}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
