import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-bold text-stone-900">
      <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-md bg-brand-700 text-white">
        絆
      </span>
      <span>Kizuna</span>
    </Link>
  );
}
