import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET for a local run: generated once and kept under .data/, so `npm start` needs no configuration and
 * sessions survive restarts. A deployment sets AUTH_SECRET itself.
 */
export function ensureAuthSecret(dataDir = ".data"): string {
  process.env.AUTH_SECRET ||= localSecret("auth-secret", dataDir);
  return process.env.AUTH_SECRET;
}

/** A random secret kept in .data/{name} (readable by this OS user only), made on first use. */
export function localSecret(name: string, dataDir = ".data"): string {
  const file = path.resolve(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
