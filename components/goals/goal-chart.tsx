"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Props = {
  label: string;
  unit: "%" | "";
  actual: { t: number; v: number }[];
  plan: { from: { t: number; v: number }; to: { t: number; v: number } };
  projection: { t: number; v: number } | null;
  target: number;
};

type Row = { t: number; actual?: number; planned?: number; projected?: number };

/** First-of-month ticks from `from` to `to`, thinned to at most about eight. */
function monthTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  const start = new Date(from);
  for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); d <= to; ) {
    ticks.push(d);
    const next = new Date(d);
    d = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  const step = Math.ceil(ticks.length / 8);
  return ticks.filter((_, i) => i % step === 0);
}

/** Actual against the planned path to the target, with the recent trend carried on to the due date. */
export function GoalChart({ label, unit, actual, plan, projection, target }: Props) {
  const t = useTranslations("goals.chart");
  const format = useFormatter();
  const rows = new Map<number, Row>();
  const at = (time: number) => rows.get(time) ?? rows.set(time, { t: time }).get(time)!;
  for (const p of actual) {
    at(p.t).actual = p.v;
  }
  at(plan.from.t).planned = plan.from.v;
  at(plan.to.t).planned = plan.to.v;
  const latest = actual.at(-1);
  if (projection && latest) {
    at(latest.t).projected = latest.v;
    at(projection.t).projected = Math.round(projection.v * 10) / 10;
  }
  const data = [...rows.values()].sort((a, b) => a.t - b.t);
  const ticks = monthTicks(data[0]!.t, data.at(-1)!.t);
  const day = (time: number) => format.dateTime(new Date(time), { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const value = (v: number) => `${format.number(v, { maximumFractionDigits: 1 })}${unit}`;
  return (
    <figure role="img" aria-label={t("summary", { label })} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            ticks={ticks}
            tickFormatter={(time: number) => format.dateTime(new Date(time), { year: "2-digit", month: "short", timeZone: "UTC" })}
            fontSize={12}
          />
          <YAxis fontSize={12} width={52} tickFormatter={(v: number) => value(v)} domain={[0, Math.ceil(Math.max(target, ...data.map((r) => Math.max(r.actual ?? 0, r.projected ?? 0))) * 1.1)]} allowDecimals={unit === "%"} tickCount={6} />
          <Tooltip labelFormatter={(time) => day(Number(time))} formatter={(v) => value(Number(v))} />
          <Legend />
          <ReferenceLine y={target} stroke="#b45309" strokeDasharray="2 4" label={{ value: t("target"), position: "insideTopLeft", fontSize: 12, fill: "#92400e" }} />
          <Line name={t("actual")} dataKey="actual" stroke="#1d4ed8" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          <Line name={t("planned")} dataKey="planned" stroke="#a8a29e" strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />
          <Line name={t("projected")} dataKey="projected" stroke="#1d4ed8" strokeDasharray="2 3" dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
