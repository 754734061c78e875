"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation link that tells assistive technology (and the eye) which page is the current one. */
export function NavLink({ href, className, currentClassName, children }: { href: string; className: string; currentClassName: string; children: ReactNode }) {
  const current = usePathname() === href;
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={`${className} ${current ? currentClassName : ""}`}>
      {children}
    </Link>
  );
}
