import NextAuth from "next-auth";
import { ssoProviderForRequest } from "@/lib/sso/for-request";
import { authConfig } from "./config";

// The lazy form: the config (and with it the database) is only touched when a request needs it, never by
// `next build`. A sign-in or callback of a company's SSO gets that company's provider (decision 031).
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => authConfig(await ssoProviderForRequest(request)));
