import { domainToASCII } from "node:url";
import { isIP } from "node:net";
import { z } from "zod";

// A company's own address, as it types it ("Alumni.Example.co.jp.", "https://alumni.example.co.jp/", "同窓会.jp"):
// written the one way DNS and the Host header use it — lower case, punycode, no scheme, port, path or final dot.
export function normalizeHostname(input: string): string | null {
  const bare = input.trim().replace(/^[a-z]+:\/\//i, "").replace(/[/?#].*$/, "").replace(/\.$/, "");
  if (!bare || bare.includes(":") || bare.includes("@") || isIP(bare)) {
    return null;
  }
  const ascii = domainToASCII(bare.toLowerCase());
  if (!ascii || ascii.length > 253) {
    return null;
  }
  const labels = ascii.split(".");
  const valid = labels.length >= 2 && labels.every((label) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(label)) && !/^\d+$/.test(labels.at(-1)!);
  return valid ? ascii : null;
}

/** Addresses no company may claim: Kizuna's own (from AUTH_URL) and names that only ever mean this machine. */
export function isReservedHostname(hostname: string, appHostname: string | null): boolean {
  if (appHostname && (hostname === appHostname || hostname.endsWith(`.${appHostname}`))) {
    return true;
  }
  if (hostname === "localhost" || hostname.endsWith(".localhost")) {
    return true;
  }
  return /\.(local|internal|invalid|example|test)$/.test(hostname) && !allowTestDomains();
}

// e2e and the demo use *.test names (RFC 2606), which no real company could own.
function allowTestDomains() {
  return process.env.KIZUNA_ALLOW_TEST_DOMAINS === "1";
}

export const domainInput = z.object({
  hostname: z
    .string()
    .max(260)
    .transform((value, ctx) => {
      const hostname = normalizeHostname(value);
      if (!hostname) {
        ctx.addIssue({ code: "custom", message: "domainInvalid" });
        return z.NEVER;
      }
      return hostname;
    }),
});
