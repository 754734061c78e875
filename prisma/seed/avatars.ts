import { resizeAvatar, type ResizedAvatar } from "../../lib/alumni/avatar/resize";
import { createRandom } from "./random";

const PALETTE = [
  ["#fef3c7", "#b45309"],
  ["#dbeafe", "#1d4ed8"],
  ["#dcfce7", "#15803d"],
  ["#fce7f3", "#be185d"],
  ["#ede9fe", "#6d28d9"],
  ["#ccfbf1", "#0f766e"],
] as const;

// A mirrored 5×5 pattern, inside the circle the photo is shown in, on a soft background (an "identicon"): demo alumni get a picture without the repository
// shipping photos of anyone, and each looks different.
function patternSvg(seed: number): string {
  const random = createRandom(seed);
  const [background, ink] = random.pick(PALETTE);
  const cells: string[] = [];
  for (let row = 0; row < 5; row++) {
    for (let column = 0; column < 3; column++) {
      if (random.chance(0.5)) {
        for (const x of new Set([column, 4 - column])) {
          cells.push(`<rect x="${40 + x * 24}" y="${40 + row * 24}" width="24" height="24"/>`);
        }
      }
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="${background}"/><g fill="${ink}">${cells.join("")}</g></svg>`;
}

/** A demo profile picture, encoded exactly as an upload would be. */
export function demoAvatar(seed: number): Promise<ResizedAvatar> {
  return resizeAvatar(Buffer.from(patternSvg(seed)));
}
