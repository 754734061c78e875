/** "2015–2019": the years someone was at the company, from what they chose to show. */
export function tenureYears(joinedOn?: Date | null, leftOn?: Date | null): string | null {
  if (!joinedOn && !leftOn) {
    return null;
  }
  return `${joinedOn ? joinedOn.getUTCFullYear() : "?"}–${leftOn ? leftOn.getUTCFullYear() : ""}`;
}
