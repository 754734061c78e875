/** Only same-site paths may be a redirect target after sign-in; anything else goes to the user's networks. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/networks"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
