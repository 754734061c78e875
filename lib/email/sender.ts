import { env } from "@/lib/env";

/** Kizuna's own sending address, without EMAIL_FROM's display name. */
export function sendingAddress(): string {
  const configured = env().EMAIL_FROM;
  return /<([^>]+)>/.exec(configured)?.[1] ?? configured;
}

/** A From header with `name` before Kizuna's address: the inbox shows who is writing, the address stays ours. */
export function senderFor(name: string): string {
  return `"${name.replace(/["\\\r\n<>]/g, "")}" <${sendingAddress()}>`;
}
