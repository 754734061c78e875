import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Result } from "./benchmark";

export function formatTable(results: Result[]): string {
  const rows = [
    ["benchmark", "value", "unit", "target", "ok"],
    ...results.map((r) => [r.name, Number.isFinite(r.value) ? String(r.value) : "n/a", r.unit, r.target ?? "", r.ok ? "ok" : "MISSED"]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

export async function writeLatest(results: Result[], file = ".data/bench/latest.json"): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
