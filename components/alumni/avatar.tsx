import { useTranslations } from "next-intl";
import { initialsOf } from "@/lib/alumni/initials";

const SIZES = {
  sm: "h-10 w-10 text-sm",
  lg: "h-24 w-24 text-3xl sm:h-32 sm:w-32 sm:text-4xl",
} as const;

/**
 * A person's photo, or their initials on a tinted circle. `decorative` when their name is written right beside
 * it (cards), so a screen reader does not read the name twice.
 */
export function Avatar({ name, src, size, decorative = false }: { name: string; src: string | null; size: keyof typeof SIZES; decorative?: boolean }) {
  const t = useTranslations("avatar");
  const box = `${SIZES[size]} shrink-0 rounded-full`;
  if (src) {
    // A plain <img>: the photo is served per viewer with their cookie, which Next's image optimiser would not send.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={src} alt={decorative ? "" : t("alt", { name })} width={size === "lg" ? 128 : 40} height={size === "lg" ? 128 : 40} className={`${box} bg-stone-100 object-cover`} />;
  }
  return (
    <span aria-hidden="true" className={`${box} flex select-none items-center justify-center bg-brand-100 font-semibold text-brand-800`}>
      {initialsOf(name)}
    </span>
  );
}
