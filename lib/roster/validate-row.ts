import { z } from "zod";
import type { ColumnMapping, RosterField } from "./columns";
import { parseRosterDate } from "./dates";

export type RosterEntryInput = {
  name: string;
  nameKana: string | null;
  email: string | null;
  employeeNumber: string | null;
  department: string | null;
  joinedOn: Date | null;
  leftOn: Date | null;
  tags: Record<string, string>;
};

export const ROW_PROBLEMS = [
  "missingName", "badEmail", "missingKey", "badJoinDate", "badLeaveDate", "leaveBeforeJoin", "duplicateInFile", "tooLong",
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

const emailSchema = z.email();
const MAX_CELL = 200;

function cell(cells: readonly string[], mapping: ColumnMapping, field: RosterField): string {
  const index = mapping[field];
  return index === undefined ? "" : (cells[index] ?? "").normalize("NFC").trim();
}

/** One CSV row as a roster entry, with everything wrong with it. */
export function toRosterEntry(
  cells: readonly string[],
  headers: readonly string[],
  mapping: ColumnMapping,
  tagColumns: readonly number[],
): { entry: RosterEntryInput; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const name = cell(cells, mapping, "name");
  const email = cell(cells, mapping, "email").normalize("NFKC").toLowerCase();
  const employeeNumber = cell(cells, mapping, "employeeNumber").normalize("NFKC");
  const joinedRaw = cell(cells, mapping, "joinedOn");
  const leftRaw = cell(cells, mapping, "leftOn");
  const joinedOn = joinedRaw ? parseRosterDate(joinedRaw) : null;
  const leftOn = leftRaw ? parseRosterDate(leftRaw) : null;

  if (!name) {
    problems.push("missingName");
  }
  if (email && !emailSchema.safeParse(email).success) {
    problems.push("badEmail");
  }
  if (!email && !employeeNumber) {
    problems.push("missingKey");
  }
  if (joinedRaw && !joinedOn) {
    problems.push("badJoinDate");
  }
  if (leftRaw && !leftOn) {
    problems.push("badLeaveDate");
  }
  if (joinedOn && leftOn && leftOn < joinedOn) {
    problems.push("leaveBeforeJoin");
  }
  const tags: Record<string, string> = {};
  for (const index of tagColumns) {
    const value = (cells[index] ?? "").trim();
    if (value) {
      tags[headers[index]!.trim()] = value;
    }
  }
  if ([name, email, employeeNumber, ...Object.values(tags)].some((v) => v.length > MAX_CELL)) {
    problems.push("tooLong");
  }
  return {
    entry: {
      name,
      nameKana: cell(cells, mapping, "nameKana") || null,
      email: email || null,
      employeeNumber: employeeNumber || null,
      department: cell(cells, mapping, "department") || null,
      joinedOn,
      leftOn,
      tags,
    },
    problems,
  };
}

/** Remembers each employee number and email seen in a file, to flag a second row for the same person. */
export class DuplicateFinder {
  private readonly byKey = new Map<string, number>();

  /** The line that already used this entry's employee number or email, or null. */
  check(entry: RosterEntryInput, line: number): number | null {
    const keys = [entry.employeeNumber && `n:${entry.employeeNumber}`, entry.email && `e:${entry.email}`].filter(Boolean) as string[];
    for (const key of keys) {
      const first = this.byKey.get(key);
      if (first !== undefined) {
        return first;
      }
    }
    keys.forEach((key) => this.byKey.set(key, line));
    return null;
  }
}
