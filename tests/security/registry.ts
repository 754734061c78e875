import type { ApiScope } from "@/lib/api/scopes";
import type { Company } from "./company";

// Every server action and route handler, and how to attack it. The suite imports every "use server" module and
// every app/**/route.ts and fails, naming it, when one is missing here, so a new one cannot ship unattacked.
// Adding one is a few lines: its key ("<file>#<export>" or "<route file>#<METHOD>"), who may call it, and the
// input that names another company's rows (`c` is that company: its slug and the ids of its rows, see company.ts).

export type Input = Record<string, unknown> | FormData;
export type Role = "ALUMNI" | "HR" | "ADMIN";

export type ActionEntry =
  /** Runs inside a company (tenantAction): `role` is the lowest role allowed; the runner adds `tenant`. */
  | { kind: "tenant"; role: Role; input: (c: Company) => Input; noOp?: string }
  /** Acts on the signed-in person's own account (userAction). */
  | { kind: "user"; input: (c: Company) => Input; noOp?: string }
  /**
   * Open to anyone by design (sign-in, sign-up, links from emails): `why` says why; the input forges the proof.
   * `writes`: tables of the company it may legitimately write to for anyone (e.g. the email it sends).
   */
  | { kind: "public"; why: string; input: (c: Company) => Input; writes?: string[] };

export type RouteEntry = {
  /** The route's URL parameters naming the other company's rows; `tenant` is the company's slug. */
  params: (c: Company) => Record<string, string>;
  /**
   * Who may call it: a tenant role, any signed-in person, anyone (with `why`), or the holder of an API key with
   * this scope (the REST API: the key decides the company, so the attack is the other company's key).
   */
  access: Role | "user" | { public: string } | { apiKey: ApiScope };
  search?: (c: Company) => string;
  /** The request body; for an API route, one naming the company `c`'s rows. */
  body?: (c: Company) => BodyInit;
};

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    data.append(key, value);
  }
  return data;
};
// The REST API's cursor for a row (lib/api/pagination.ts): an attacker can forge one naming any id.
const apiCursor = (id: string) => Buffer.from(`v1:${id}`).toString("base64url");
const later = (days: number, hour = 19) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
};
const eventForm = (c: Company) => ({
  id: c.eventId, title: "乗っ取り交流会", format: "VENUE", venueAddress: "東京都", startsAt: later(10), endsAt: later(10, 21), segmentId: c.segmentId,
});
const broadcastForm = (c: Company) => ({
  id: c.broadcastId, category: "news", subjectJa: "乗っ取り", bodyJa: "本文", audience: "SEGMENT", segmentId: c.segmentId, intent: "save",
});
// A 1×1 PNG: enough for the type check; the resize fails safely if it is ever reached.
const png = () => new File([Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"))], "me.png", { type: "image/png" });

export const ACTIONS: Record<string, ActionEntry> = {
  // Account (the signed-in person's own)
  "lib/actions/account.ts#deleteMyAccountAction": { kind: "user", input: (c) => ({ confirmEmail: c.ownerEmail }) },
  "lib/actions/account.ts#leaveNetworkAction": { kind: "user", input: (c) => ({ tenant: c.tenant.slug }), noOp: "leaves only the caller's own membership; a company they are not in has none to leave" },
  "lib/actions/account.ts#signOutEverywhereAction": { kind: "user", input: () => ({}), noOp: "ends the caller's own sessions only" },
  "lib/actions/change-email.ts#requestEmailChangeAction": { kind: "user", input: (c) => ({ newEmail: c.ownerEmail, currentPassword: "wrong-password-123" }) },
  "lib/actions/change-email.ts#confirmEmailChangeAction": { kind: "public", why: "opened from the emailed link, perhaps on another device", input: () => ({ token: "forged-token-forged-token" }) },
  "lib/actions/change-email.ts#undoEmailChangeAction": { kind: "public", why: "opened from the emailed link to the old address", input: () => ({ token: "forged-token-forged-token" }) },

  // Profile
  "lib/actions/profile.ts#updateProfileAction": { kind: "tenant", role: "ALUMNI", input: () => ({ displayName: "乗っ取り" }), noOp: "edits only the caller's own profile in the company named" },
  "lib/actions/avatar.ts#uploadAvatarAction": { kind: "tenant", role: "ALUMNI", input: () => form({ photo: png() }), noOp: "replaces only the caller's own photo" },
  "lib/actions/avatar.ts#removeAvatarAction": { kind: "tenant", role: "ALUMNI", input: () => ({}), noOp: "removes only the caller's own photo" },
  "lib/actions/email-preferences.ts#saveEmailPreferencesAction": { kind: "tenant", role: "ALUMNI", input: () => ({ all: "on", news: "on" }), noOp: "saves only the caller's own choices" },

  // Members, roster, invitations, joining
  "lib/actions/members.ts#changeAlumniAction": { kind: "tenant", role: "HR", input: (c) => ({ change: "remove", keys: [`m:${c.alumnus.membershipId}`, `r:${c.entryId}`] }), noOp: "bulk action: reports other companies' rows as skipped" },
  "lib/actions/roster.ts#importRosterAction": { kind: "tenant", role: "HR", input: (c) => ({ importId: c.importId, map_name: "0", map_email: "1" }) },
  "lib/actions/roster.ts#saveRosterEntryAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.entryId, name: "乗っ取り", email: "taken@example.com" }) },
  "lib/actions/roster.ts#deleteRosterEntryAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.entryId }), noOp: "deletes where id and company match, then shows the list" },
  "lib/actions/invitations.ts#inviteFromRosterAction": { kind: "tenant", role: "HR", input: (c) => ({ entryIds: [c.entryId] }), noOp: "bulk action: counts other companies' entries as none" },
  "lib/actions/invitations.ts#resendInvitationAction": { kind: "tenant", role: "HR", input: (c) => ({ invitationId: c.invitationId, entryId: c.entryId }), noOp: "resends where id and company match" },
  "lib/actions/invitations.ts#revokeInvitationAction": { kind: "tenant", role: "HR", input: (c) => ({ invitationId: c.invitationId, entryId: c.entryId }), noOp: "revokes where id and company match" },
  "lib/actions/invitations.ts#liftSuppressionAction": { kind: "tenant", role: "HR", input: (c) => ({ entryId: c.entryId }) },
  "lib/actions/invitations.ts#acceptInvitationAction": { kind: "public", why: "the invitation link is the proof; new accounts are made here", input: (c) => ({ tenant: c.tenant.slug, token: "forged.invitation.token", consent: "on", name: "乗っ取り", password: "long-enough-password-1" }) },
  "lib/actions/join.ts#requestJoinLinkAction": { kind: "public", why: "self-sign-up starts signed out; the link goes to the address typed", writes: ["OutboxEmail"], input: (c) => ({ tenant: c.tenant.slug, email: "stranger@example.com" }) },
  "lib/actions/join.ts#selfJoinAction": { kind: "public", why: "the emailed proof is the credential", input: (c) => ({ tenant: c.tenant.slug, proof: "forged-proof", consent: "on", name: "乗っ取り", password: "long-enough-password-1" }) },
  "lib/actions/join.ts#decideApplicantAction": { kind: "tenant", role: "HR", input: (c) => ({ membershipId: c.applicantMembershipId, decision: "approve", rosterEntryId: c.entryId }) },
  "lib/actions/branding.ts#saveBrandingAction": { kind: "tenant", role: "ADMIN", input: () => form({ brandColor: "#ff0000", emailSenderName: "Hijacked", emailReplyTo: "attacker@example.com", welcomeMessageJa: "乗っ取り", removeFavicon: "1", logo: png() }), noOp: "the branding of the caller's own company" },
  "lib/actions/join.ts#updateJoinSettingsAction": { kind: "tenant", role: "ADMIN", input: () => ({ registrationRule: "APPROVAL", joinDomains: "attacker.example" }), noOp: "settings of the company named, where the caller is staff" },

  // Segments
  "lib/actions/segments.ts#saveSegmentAction": { kind: "tenant", role: "HR", input: () => ({ name: "乗っ取りセグメント", location: "東京都" }), noOp: "creates in the caller's own company" },
  "lib/actions/segments.ts#renameSegmentAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.segmentId, name: "乗っ取り" }) },
  "lib/actions/segments.ts#deleteSegmentAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.segmentId }) },

  // Events
  "lib/actions/events.ts#saveEventAction": { kind: "tenant", role: "HR", input: eventForm },
  "lib/actions/events.ts#setEventStatusAction": { kind: "tenant", role: "HR", input: (c) => ({ eventId: c.draftEventId, status: "PUBLISHED" }) },
  "lib/actions/events.ts#checkInAction": { kind: "tenant", role: "HR", input: (c) => ({ eventId: c.eventId, registrationId: c.registrationId, attended: "true" }) },
  "lib/actions/event-rsvp.ts#rsvpAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ eventId: c.eventId, response: "GOING" }) },
  "lib/actions/event-rsvp.ts#cancelRsvpAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ eventId: c.eventId }) },

  // Broadcasts
  "lib/actions/broadcasts.ts#saveBroadcastAction": { kind: "tenant", role: "HR", input: broadcastForm },
  "lib/actions/broadcasts.ts#countRecipientsAction": { kind: "tenant", role: "HR", input: (c) => ({ category: "news", audience: "SEGMENT", segmentId: c.segmentId }) },
  "lib/actions/broadcasts.ts#unscheduleBroadcastAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ id: c.scheduledBroadcastId }) },
  "lib/actions/broadcasts.ts#deleteBroadcastAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.broadcastId }) },
  "lib/actions/broadcasts.ts#addCategoryAction": { kind: "tenant", role: "ADMIN", input: () => ({ key: "intruder", nameJa: "乗っ取り", nameEn: "Intruder" }), noOp: "adds to the caller's own company" },
  "lib/actions/broadcasts.ts#renameCategoryAction": { kind: "tenant", role: "ADMIN", input: () => ({ key: "career", nameJa: "乗っ取り", nameEn: "Intruder" }), noOp: "renames the caller's own company's category of that key" },
  "lib/actions/broadcasts.ts#setHrMaySendAction": { kind: "tenant", role: "ADMIN", input: () => ({ allowed: "yes" }), noOp: "a setting of the caller's own company" },
  "lib/actions/broadcasts.ts#markAnnouncementsReadAction": { kind: "tenant", role: "ALUMNI", input: () => ({}), noOp: "marks the caller's own announcements read" },
  "lib/actions/broadcasts.ts#unsubscribeAction": { kind: "public", why: "the link in the email (its MAC) is the proof; no sign-in", input: () => ({ token: "forged.unsubscribe.token" }) },

  // Goals and surveys
  "lib/actions/goals.ts#saveGoalAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.goalId, metric: "REGISTERED", target: "500", dueOn: "2027-03-31" }) },
  "lib/actions/goals.ts#deleteGoalAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.goalId }), noOp: "deletes where id and company match, then shows the list" },
  "lib/actions/goals.ts#addReviewAction": { kind: "tenant", role: "HR", input: (c) => ({ goalId: c.goalId, reviewedOn: "2026-03-01", did: "x", learned: "y", next: "z" }) },
  "lib/actions/goals.ts#deleteReviewAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.reviewId, goalId: c.goalId }), noOp: "deletes where id and company match" },
  // The operators' console: nobody but a platform operator reaches it (the suite's callers are company members).
  "lib/actions/platform.ts#createTenantAction": { kind: "user", input: (c) => ({ companyName: "乗っ取り", slug: `${c.tenant.slug}-x`, ownerName: "x", ownerEmail: "x@attacker.example" }) },
  "lib/actions/platform.ts#suspendTenantAction": { kind: "user", input: (c) => ({ tenantId: c.tenant.id, reason: "乗っ取り" }) },
  "lib/actions/platform.ts#reactivateTenantAction": { kind: "user", input: (c) => ({ tenantId: c.tenant.id }) },
  // The guided setup: the company's own program, nothing of another company to name.
  "lib/actions/setup.ts#savePurposeAction": { kind: "tenant", role: "ADMIN", input: () => ({ purposes: "REHIRING" }), noOp: "the setup of the caller's own company" },
  "lib/actions/setup.ts#saveSetupGoalsAction": { kind: "tenant", role: "ADMIN", input: () => ({ include_REGISTERED: "on", oneYear_REGISTERED: "900", threeYear_REGISTERED: "1800" }), noOp: "goals of the caller's own company" },
  "lib/actions/setup.ts#savePlanAction": { kind: "tenant", role: "ADMIN", input: () => ({ inviteOnLastDay: "on" }), noOp: "the setup of the caller's own company" },
  "lib/actions/setup.ts#saveFirstMessageAction": { kind: "tenant", role: "ADMIN", input: () => ({ subjectJa: "乗っ取り", bodyJa: "乗っ取り", intent: "save" }), noOp: "the landing page and a draft of the caller's own company" },
  "lib/actions/setup.ts#saveReviewDateAction": { kind: "tenant", role: "ADMIN", input: () => ({ reviewOn: later(30).slice(0, 10) }), noOp: "the setup of the caller's own company" },
  "lib/actions/setup.ts#skipSetupStepAction": { kind: "tenant", role: "ADMIN", input: () => ({ step: "plan" }), noOp: "the setup of the caller's own company" },
  "lib/actions/surveys.ts#saveSurveyAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.draftSurveyId, title: "乗っ取り", q0_kind: "TEXT", q0_prompt: "質問", segmentId: c.segmentId }) },
  "lib/actions/surveys.ts#openSurveyAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.draftSurveyId }) },
  "lib/actions/surveys.ts#closeSurveyAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.surveyId }), noOp: "closes where id and company match" },
  "lib/actions/surveys.ts#deleteSurveyAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.draftSurveyId }), noOp: "deletes where id and company match, then shows the list" },
  "lib/actions/surveys.ts#answerSurveyAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ surveyId: c.surveyId, [c.questionId]: "10" }) },

  // Opportunities and the re-hire pipeline
  "lib/actions/postings.ts#savePostingAction": { kind: "tenant", role: "HR", input: (c) => ({ id: c.postingId, kind: "JOB", title: "乗っ取り", segmentId: c.segmentId }) },
  "lib/actions/postings.ts#setPostingStatusAction": { kind: "tenant", role: "HR", input: (c) => ({ postingId: c.postingId, status: "CLOSED" }) },
  "lib/actions/opportunity-interest.ts#expressInterestAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ postingId: c.postingId, note: "興味あり" }) },
  "lib/actions/opportunity-interest.ts#expressGeneralInterestAction": { kind: "tenant", role: "ALUMNI", input: () => ({ kind: "CASUAL_CHAT", note: "話したい" }), noOp: "the caller's own interest in the company named" },
  "lib/actions/opportunity-interest.ts#withdrawInterestAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ interestId: c.interestId }) },
  "lib/actions/opportunity-interest.ts#referAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ postingId: c.postingId, name: "紹介", email: "friend@example.com" }) },
  "lib/actions/pipeline.ts#moveStageAction": { kind: "tenant", role: "HR", input: (c) => ({ interestId: c.interestId, stage: "CONTACTED" }) },
  "lib/actions/pipeline.ts#setOwnerAction": { kind: "tenant", role: "HR", input: (c) => ({ interestId: c.interestId, ownerId: c.hrMembershipId }) },
  "lib/actions/pipeline.ts#decideReferralAction": { kind: "tenant", role: "HR", input: (c) => ({ referralId: c.referralId, decision: "ACCEPTED" }) },
  "lib/actions/inbox.ts#startConversationAction": { kind: "tenant", role: "ALUMNI", input: () => ({ topic: "QUESTION", subject: "質問", body: "教えてください" }), noOp: "the caller's own conversation with the company named" },
  "lib/actions/inbox.ts#replyAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ conversationId: c.conversationId, body: "割り込み" }) },
  "lib/actions/inbox-staff.ts#staffReplyAction": { kind: "tenant", role: "HR", input: (c) => ({ conversationId: c.conversationId, body: "乗っ取り" }) },
  "lib/actions/inbox-staff.ts#assignConversationAction": { kind: "tenant", role: "HR", input: (c) => ({ conversationId: c.conversationId, assigneeId: c.hrMembershipId }) },
  "lib/actions/inbox-staff.ts#setConversationStatusAction": { kind: "tenant", role: "HR", input: (c) => ({ conversationId: c.conversationId, status: "CLOSED" }) },
  "lib/actions/inbox-staff.ts#createCannedReplyAction": { kind: "tenant", role: "HR", input: () => ({ title: "定型文", body: "本文" }), noOp: "a reply template of the caller's own company" },
  "lib/actions/direct-messages.ts#startDirectAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ profileId: c.otherProfileId, body: "はじめまして" }) },
  "lib/actions/direct-messages.ts#blockMemberAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ membershipId: c.otherMembershipId }) },
  "lib/actions/direct-messages.ts#unblockMemberAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ membershipId: c.alumnus.membershipId }) },
  "lib/actions/direct-messages.ts#reportMessageAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ messageId: c.directMessageId, reason: "SPAM", note: "乗っ取り" }) },
  "lib/actions/direct-messages.ts#dismissReportAction": { kind: "tenant", role: "HR", input: (c) => ({ reportId: c.reportId }) },
  "lib/actions/direct-messages.ts#suspendReportedAction": { kind: "tenant", role: "HR", input: (c) => ({ reportId: c.reportId }) },
  "lib/actions/direct-messages.ts#setDirectMessagesAction": { kind: "tenant", role: "ADMIN", input: () => ({}), noOp: "the caller's own company's setting" },
  "lib/actions/notifications.ts#markAllNotificationsReadAction": { kind: "tenant", role: "ALUMNI", input: () => ({}), noOp: "marks only the caller's own notifications in the company named" },
  "lib/actions/inbox-staff.ts#deleteCannedReplyAction": { kind: "tenant", role: "HR", input: (c) => ({ cannedReplyId: c.cannedReplyId }) },

  // Feed
  "lib/actions/feed.ts#createPostAction": { kind: "tenant", role: "ALUMNI", input: () => ({ body: "乗っ取り" }), noOp: "a post in the company named, by the caller" },
  "lib/actions/feed.ts#editPostAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ postId: c.feedPostId, body: "乗っ取り" }) },
  "lib/actions/feed.ts#deletePostAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ postId: c.feedPostId }) },
  "lib/actions/feed.ts#addCommentAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ postId: c.feedPostId, body: "割り込み" }) },
  "lib/actions/feed.ts#deleteCommentAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ commentId: c.feedCommentId }) },
  "lib/actions/feed.ts#setReactionAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ postId: c.feedPostId, kind: "LIKE", on: "" }) },
  "lib/actions/feed.ts#reportAction": { kind: "tenant", role: "ALUMNI", input: (c) => ({ postId: c.feedPostId, commentId: c.feedCommentId, reason: "乗っ取り" }) },
  "lib/actions/feed-staff.ts#setPinnedAction": { kind: "tenant", role: "HR", input: (c) => ({ postId: c.feedPostId, pinned: "on" }) },
  "lib/actions/feed-staff.ts#setHiddenAction": { kind: "tenant", role: "HR", input: (c) => ({ postId: c.feedPostId, hidden: "on" }) },
  "lib/actions/feed-staff.ts#decideReportAction": { kind: "tenant", role: "HR", input: (c) => ({ reportId: c.feedReportId, decision: "DELETE" }) },
  "lib/actions/feed-staff.ts#saveFeedSettingsAction": { kind: "tenant", role: "ADMIN", input: () => ({ alumniMayPost: "on" }), noOp: "a setting of the caller's own company" },
  "lib/actions/templates.ts#saveTemplateAction": { kind: "tenant", role: "ADMIN", input: () => ({ key: "invitation", locale: "ja", subject: "乗っ取り", body: "乗っ取り {company}" }), noOp: "templates are addressed by key and language inside the company named: the caller's own company's" },
  "lib/actions/templates.ts#resetTemplateAction": { kind: "tenant", role: "ADMIN", input: () => ({ key: "invitation", locale: "ja" }), noOp: "resets the caller's own company's template of that key and language" },
  "lib/actions/domain.ts#setDomainAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ hostname: c.domainHostname }), noOp: "claims a domain for the caller's own company; another company's domain is refused as taken" },
  "lib/actions/domain.ts#verifyDomainAction": { kind: "tenant", role: "ADMIN", input: () => ({}), noOp: "checks the caller's own company's domain" },
  "lib/actions/domain.ts#removeDomainAction": { kind: "tenant", role: "ADMIN", input: () => ({}), noOp: "removes the caller's own company's domain" },
  "lib/actions/api-keys.ts#createApiKeyAction": { kind: "tenant", role: "ADMIN", input: () => ({ name: "乗っ取り", scopes: "members:read" }), noOp: "makes a key of the caller's own company" },
  "lib/actions/api-keys.ts#revokeApiKeyAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ id: c.apiKeyId }) },
  // Outgoing webhooks (decisions/029)
  "lib/actions/webhooks.ts#createWebhookEndpointAction": { kind: "tenant", role: "ADMIN", input: () => ({ url: "https://attacker.example/hook", events: ["member.joined"] }), noOp: "adds an endpoint to the caller's own company only" },
  "lib/actions/webhooks.ts#updateWebhookEndpointAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ endpointId: c.webhookEndpointId, url: "https://attacker.example/hook", events: ["member.joined", "member.left"] }) },
  "lib/actions/webhooks.ts#setWebhookEndpointEnabledAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ endpointId: c.webhookEndpointId, enabled: "off" }) },
  "lib/actions/webhooks.ts#rotateWebhookSecretAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ endpointId: c.webhookEndpointId }) },
  "lib/actions/webhooks.ts#deleteWebhookEndpointAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ endpointId: c.webhookEndpointId }) },
  "lib/actions/webhooks.ts#sendTestWebhookAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ endpointId: c.webhookEndpointId }) },
  "lib/actions/webhooks.ts#redeliverWebhookAction": { kind: "tenant", role: "ADMIN", input: (c) => ({ deliveryId: c.webhookDeliveryId }) },
  "lib/actions/pipeline.ts#setReminderDaysAction": { kind: "tenant", role: "HR", input: () => ({ days: "3" }), noOp: "a setting of the caller's own company" },

  // Staff single sign-on (decision 031). The issuers are refused before any network request (http, not loopback).
  "lib/actions/sso.ts#saveSsoSettingsAction": { kind: "tenant", role: "ADMIN", input: () => ({ issuer: "http://login.attacker.example", clientId: "乗っ取り", clientSecret: "secret" }), noOp: "the caller's own company's settings" },
  "lib/actions/sso.ts#testSsoConnectionAction": { kind: "tenant", role: "ADMIN", input: () => ({ issuer: "http://login.attacker.example" }), noOp: "reads the issuer typed; stamps only the caller's own company's test time" },
  "lib/actions/sso.ts#startSsoSignInAction": { kind: "public", why: "the company's SSO button is pressed signed out; it only sends the browser to that company's identity provider", input: (c) => ({ tenant: c.tenant.slug }) },

  // Signing in and up, language
  "lib/actions/sign-in.ts#signInWithPasswordAction": { kind: "public", why: "signing in", input: (c) => ({ email: c.ownerEmail, password: "wrong-password-123" }) },
  "lib/actions/sign-in.ts#sendMagicLinkAction": { kind: "public", why: "anyone may ask for a sign-in link; it goes only to the address's owner", input: () => ({ email: "stranger@example.com" }) },
  "lib/actions/sign-in.ts#signOutAction": { kind: "public", why: "signing out ends only the caller's own session", input: () => ({}) },
  "lib/actions/sign-up-company.ts#signUpCompanyAction": { kind: "public", why: "company sign-up", input: (c) => ({ companyName: "乗っ取り", slug: c.tenant.slug, ownerName: "乗っ取り", ownerEmail: c.ownerEmail, ownerPassword: "long-enough-password-1" }) },
  "lib/actions/sign-up-company.ts#checkSlugAction": { kind: "public", why: "the sign-up form's live check that an address is free", input: (c) => ({ slug: c.tenant.slug }) },
  "lib/actions/switch-locale.ts#switchLocaleAction": { kind: "public", why: "the language switcher, signed in or not", input: () => ({ locale: "en" }) },
};

// Server functions written inline in a page ("use server" inside a component): each only calls one registered action.
export const INLINE_SERVER_FUNCTIONS: Record<string, string[]> = {
  "app/(marketing)/account/page.tsx": ["leaveNetworkAction", "signOutEverywhereAction"],
};

export const ROUTES: Record<string, RouteEntry> = {
  "app/(marketing)/account/export/route.ts#GET": { params: () => ({}), access: "user" },
  "app/[tenant]/(portal)/events/[id]/calendar/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.eventId }), access: "ALUMNI" },
  "app/[tenant]/(portal)/events/[id]/cover/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.eventId }), access: "ALUMNI" },
  "app/[tenant]/(portal)/feed/[id]/image/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.feedPostId }), access: "ALUMNI" },
  "app/[tenant]/(portal)/feed/[id]/preview-image/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.feedPostId }), access: "ALUMNI" },
  "app/[tenant]/(portal)/people/[id]/avatar/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.alumnus.profileId }), access: "ALUMNI" },
  "app/[tenant]/(portal)/messages/[id]/updates/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.conversationId }), access: "ALUMNI" },
  "app/[tenant]/(portal)/notifications/[id]/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.notificationId }), access: "ALUMNI" },
  "app/[tenant]/admin/inbox/[id]/updates/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.conversationId }), access: "HR" },
  "app/[tenant]/admin/alumni/export/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug }), search: (c) => `?segment=${c.segmentId}`, access: "HR" },
  "app/[tenant]/admin/events/[id]/export/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.eventId }), access: "HR" },
  "app/[tenant]/admin/metrics/[table]/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, table: "registrations" }), access: "HR" },
  "app/[tenant]/admin/roster/export/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug }), access: "HR" },
  "app/[tenant]/admin/roster/imports/[id]/progress/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.importId }), access: "HR" },
  "app/[tenant]/admin/roster/upload/route.ts#POST": { params: (c) => ({ tenant: c.tenant.slug }), access: "HR", body: () => "社員番号,氏名\n1,乗っ取り\n" },
  "app/[tenant]/admin/surveys/[id]/answers/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, id: c.surveyId }), access: "HR" },
  // The REST API (decisions/028): called with the other company's key, a cursor or body naming B's rows.
  "app/api/v1/members/route.ts#GET": { params: () => ({}), access: { apiKey: "members:read" }, search: (c) => `?cursor=${apiCursor(c.alumnus.membershipId)}` },
  "app/api/v1/events/route.ts#GET": { params: () => ({}), access: { apiKey: "events:read" }, search: (c) => `?cursor=${apiCursor(c.eventId)}` },
  "app/api/v1/pipeline-items/route.ts#GET": { params: () => ({}), access: { apiKey: "pipeline:read" }, search: (c) => `?cursor=${apiCursor(c.interestId)}` },
  "app/api/v1/roster/route.ts#POST": {
    params: () => ({}), access: { apiKey: "roster:write" },
    body: (c) => JSON.stringify({ entries: [{ employee_number: "E-1", email: `roster-${c.tenant.slug}@example.com`, name: "乗っ取り" }, { employee_number: "E-2", name: "乗っ取り" }] }),
  },
  "app/api/v1/openapi.json/route.ts#GET": { params: () => ({}), access: { public: "the API's own description, the same for everyone" } },
  "app/api/auth/[...nextauth]/route.ts#GET": { params: () => ({ nextauth: "session" }), access: { public: "Auth.js's own endpoints (sign-in, callbacks, session); covered by the auth tests" } },
  "app/api/auth/[...nextauth]/route.ts#POST": { params: () => ({ nextauth: "signout" }), access: { public: "Auth.js's own endpoints; CSRF-protected by Auth.js" } },
  "app/api/tenants/[tenant]/[image]/route.ts#GET": { params: (c) => ({ tenant: c.tenant.slug, image: "logo" }), access: { public: "a company's logo and favicon: shown on its public landing page and fetched by mail clients without cookies" } },
  "app/api/dev/statements/route.ts#GET": { params: () => ({}), access: { public: "local development only: 404 unless KIZUNA_DEV_TOOLS is on" } },
  "app/api/domains/leave/route.ts#GET": { params: () => ({}), access: { public: "on a company's domain, sends sign-in and account pages to Kizuna's address; 404 on any other host" } },
  "app/api/domains/pass/route.ts#GET": { params: () => ({}), search: (c) => `?to=${encodeURIComponent(`https://${c.domainHostname}/`)}`, access: { public: "carries the caller's own session to a company's domain; signed out it asks for sign-in, and only a member gets a pass" } },
  "app/api/domains/session/route.ts#GET": { params: () => ({}), search: () => "?pass=forged-pass&next=/", access: { public: "redeems a one-time pass on a company's domain; the pass (256 random bits, hashed) is the proof" } },
  "app/api/health/route.ts#GET": { params: () => ({}), access: { public: "liveness for load balancers; says nothing about any company" } },
  "app/api/ready/route.ts#GET": { params: () => ({}), access: { public: "readiness for load balancers; says nothing about any company" } },
  "app/api/unsubscribe/[token]/route.ts#GET": { params: () => ({ token: "forged.unsubscribe.token" }), access: { public: "one-click unsubscribe from the email; the token's MAC is the proof" } },
  "app/api/unsubscribe/[token]/route.ts#POST": { params: () => ({ token: "forged.unsubscribe.token" }), access: { public: "RFC 8058 one-click unsubscribe; the token's MAC is the proof" } },
  "app/api/webhooks/resend/route.ts#POST": { params: () => ({}), access: { public: "Resend's delivery reports, checked by signature (404 without a secret)" }, body: () => "{}" },
  "app/dev/mail/[id]/attachments/[index]/route.ts#GET": { params: () => ({ id: "x", index: "0" }), access: { public: "the local mail viewer: 404 unless dev tools are on" } },
};
