"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Series = { key: string; name: string; color: string };

type Props = { label: string; unit: "%" | ""; rows: ({ t: number } & Record<string, number>)[]; series: Series[] };

/** A few figures over time, as lines; the numbers are in the table or CSV beside it. */
export function TrendChart({ label, unit, rows, series }: Props) {
  const format = useFormatter();
  const value = (v: number) => `${format.number(v, { maximumFractionDigits: 1 })}${unit}`;
  return (
    <figure role="img" aria-label={label} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={(time: number) => format.dateTime(new Date(time), { month: "short", timeZone: "UTC" })}
            fontSize={12}
            minTickGap={24}
          />
          <YAxis fontSize={12} width={48} tickFormatter={(v: number) => value(v)} allowDecimals={unit === "%"} domain={unit === "%" ? [0, 100] : [0, "auto"]} />
          <Tooltip labelFormatter={(time) => format.dateTime(new Date(Number(time)), { dateStyle: "medium", timeZone: "UTC" })} formatter={(v) => value(Number(v))} />
          <Legend />
          {series.map((s) => (
            <Line key={s.key} name={s.name} dataKey={s.key} stroke={s.color} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
