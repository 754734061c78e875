import NextAuth from "next-auth";
import { authConfig } from "./config";

// The lazy form: the config (and with it the database) is only touched when a request needs it, never by
// `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
