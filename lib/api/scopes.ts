// What an API key may do, chosen when it is made. Each endpoint needs exactly one of these.
export const API_SCOPES = ["roster:write", "members:read", "events:read", "pipeline:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const isApiScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);
