// Shared by the upload form (checked before sending) and the server (checked again, and by the bytes).
export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
export const AVATAR_ACCEPT = "image/jpeg,image/png,image/webp,image/gif";
export const AVATAR_SIZES = { large: 256, small: 64 } as const;
export type AvatarSize = keyof typeof AVATAR_SIZES;
