import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { createApiKey } from "../support/api-keys";
import { createBroadcast } from "../support/broadcasts";
import { createEvent } from "../support/events";
import { createAlumnus, createMember, createTenant } from "../support/factories";
import { createPosting } from "../support/opportunities";
import { newWebhookSecret, sealSecret } from "@/lib/webhooks-out/secret";

// A whole company for the attack suite: its staff of every role and at least one row in every tenant-scoped
// table (a test checks that, so a new table cannot be left empty and therefore unguarded). The attacks pass
// these ids to the other company's actions and routes.
export type Company = Awaited<ReturnType<typeof createCompany>>;

const DAY = 86_400_000;

export async function createCompany(label: string) {
  const tenant = await createTenant({ name: `${label}社 株式会社` });
  const [owner, admin, hr] = [await createMember(tenant.id, "OWNER"), await createMember(tenant.id, "ADMIN"), await createMember(tenant.id, "HR")];
  const alumnus = await createAlumnus(tenant.id, { displayName: `${label}社 卒業生` });
  const other = await createAlumnus(tenant.id, { displayName: `${label}社 二人目` });
  const applicant = await createMember(tenant.id, "ALUMNI", "PENDING");
  const members = { owner: owner.user.id, admin: admin.user.id, hr: hr.user.id, alumnus: alumnus.user.id };

  const segment = await db.segment.create({ data: { tenantId: tenant.id, name: `${label} 東京`, filters: { location: "東京都" } } });
  await db.profileAvatar.create({
    data: { tenantId: tenant.id, profileId: alumnus.profile.id, large: Buffer.from("RIFF"), small: Buffer.from("RIFF"), version: "v1" },
  });
  const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: `${label}社 未登録`, email: `roster-${tenant.slug}@example.com`, employeeNumber: "E-1" } });
  const joinedEntry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: `${label}社 卒業生`, email: alumnus.user.email, employeeNumber: "E-2", membershipId: alumnus.membership.id } });
  const upload = path.join(mkdtempSync(path.join(tmpdir(), "kizuna-security-")), "roster.csv");
  writeFileSync(upload, `氏名,メールアドレス\n${label}社 新人,new-${tenant.slug}@example.com\n`);
  const rosterImport = await db.rosterImport.create({ data: { tenantId: tenant.id, fileName: "roster.csv", storedPath: upload, byteSize: 64, createdById: owner.user.id } });
  const invitation = await db.invitation.create({
    data: { tenantId: tenant.id, rosterEntryId: entry.id, email: entry.email!, nonce: `nonce-${tenant.slug}`, expiresAt: new Date(Date.now() + 7 * DAY), createdById: hr.user.id },
  });
  await db.emailSuppression.create({ data: { email: entry.email!, reason: "BOUNCED" } });
  await db.consent.create({ data: { tenantId: tenant.id, membershipId: alumnus.membership.id, version: "2025-01" } });
  await db.auditEvent.create({ data: { tenantId: tenant.id, action: "member.suspend", actorUserId: hr.user.id } });
  await db.emailPreference.create({ data: { tenantId: tenant.id, membershipId: alumnus.membership.id, category: "news", enabled: false } });
  await db.outboxEmail.create({ data: { tenantId: tenant.id, to: alumnus.user.email, from: "noreply@example.com", subject: `${label} お知らせ`, html: "<p>x</p>", text: "x" } });
  await db.memberActivity.create({ data: { tenantId: tenant.id, membershipId: alumnus.membership.id, day: new Date(Date.UTC(2026, 0, 5)) } });
  await db.platformAuditEvent.create({ data: { actorId: owner.user.id, action: "tenant.create", tenantId: tenant.id } });
  await db.programSetup.create({ data: { tenantId: tenant.id, purposes: ["REHIRING"], doneSteps: ["purpose"], reviewOn: new Date(Date.UTC(2027, 0, 5)) } });
  await db.programSnapshot.create({ data: { tenantId: tenant.id, day: new Date(Date.UTC(2026, 0, 5)), roster: 2, joined: 1, alumni: 1, active30: 1, active90: 1 } });

  const goal = await db.goal.create({
    data: { tenantId: tenant.id, metric: "REGISTERED", target: 100, baseline: 1, startOn: new Date(Date.UTC(2026, 0, 1)), dueOn: new Date(Date.UTC(2026, 11, 31)), createdById: owner.user.id },
  });
  const review = await db.goalReview.create({
    data: { tenantId: tenant.id, goalId: goal.id, reviewedOn: new Date(Date.UTC(2026, 1, 1)), did: "交流会", learned: "平日夜が良い", next: "次回も", authorId: hr.user.id },
  });

  const survey = await db.survey.create({ data: { tenantId: tenant.id, title: `${label} 満足度調査`, createdById: hr.user.id, status: "OPEN", openedAt: new Date() } });
  const draftSurvey = await db.survey.create({ data: { tenantId: tenant.id, title: `${label} 下書き調査`, createdById: hr.user.id } });
  const question = await db.surveyQuestion.create({ data: { tenantId: tenant.id, surveyId: survey.id, position: 0, kind: "NPS", prompt: "おすすめしますか？" } });
  await db.surveyRecipient.create({ data: { tenantId: tenant.id, surveyId: survey.id, membershipId: alumnus.membership.id } });
  await db.surveyRecipient.create({ data: { tenantId: tenant.id, surveyId: survey.id, membershipId: other.membership.id } });
  const response = await db.surveyResponse.create({ data: { tenantId: tenant.id, surveyId: survey.id } });
  await db.surveyAnswer.create({ data: { tenantId: tenant.id, responseId: response.id, questionId: question.id, score: 9 } });

  const event = await createEvent(tenant.id, { title: `${label} 交流会` });
  const draftEvent = await createEvent(tenant.id, { title: `${label} 下書き`, status: "DRAFT" });
  await db.tenantBrandImage.create({ data: { tenantId: tenant.id, kind: "LOGO", image: Buffer.from("PNG"), width: 1, height: 1, version: "v1" } });
  await db.tenant.update({ where: { id: tenant.id }, data: { brandColor: "#0f766e", emailSenderName: `${label} Alumni`, emailReplyTo: `alumni-${tenant.slug}@example.com` } });
  await db.eventCover.create({ data: { tenantId: tenant.id, eventId: event.id, image: Buffer.from("RIFF"), version: "v1" } });
  const registration = await db.eventRegistration.create({ data: { tenantId: tenant.id, eventId: event.id, membershipId: alumnus.membership.id, status: "GOING" } });

  const broadcast = await createBroadcast(tenant.id);
  const scheduled = await db.broadcast.update({
    where: { id: (await createBroadcast(tenant.id)).id },
    data: { status: "SCHEDULED", scheduledAt: new Date(Date.now() + 3 * DAY) },
  });
  await db.broadcastCategory.create({ data: { tenantId: tenant.id, key: "career", nameJa: "キャリア", nameEn: "Career" } });
  await db.broadcastDelivery.create({ data: { tenantId: tenant.id, broadcastId: scheduled.id, membershipId: alumnus.membership.id, channel: "PORTAL", locale: "ja" } });

  const posting = await createPosting(tenant.id, { title: `${label} 業務委託` });
  const interest = await db.interest.create({ data: { tenantId: tenant.id, kind: "POSTING", postingId: posting.id, membershipId: alumnus.membership.id } });
  await db.interestEvent.create({ data: { tenantId: tenant.id, interestId: interest.id, action: "CREATED" } });
  const referral = await db.referral.create({ data: { tenantId: tenant.id, postingId: posting.id, referrerId: alumnus.membership.id, name: "紹介 花子", email: `referred-${tenant.slug}@example.com` } });

  const conversation = await db.conversation.create({ data: { tenantId: tenant.id, topic: "CASUAL_CHAT", subject: `${label} カジュアル面談`, memberId: alumnus.membership.id, assigneeId: hr.membership.id } });
  await db.conversationParticipant.create({ data: { tenantId: tenant.id, conversationId: conversation.id, membershipId: alumnus.membership.id, side: "MEMBER" } });
  await db.conversationMessage.create({ data: { tenantId: tenant.id, conversationId: conversation.id, authorId: alumnus.membership.id, fromStaff: false, body: "お話しできますか？" } });
  // Two of its alumni writing to each other (decisions/022), one blocking the other, and a report of a message.
  const direct = await db.conversation.create({ data: { tenantId: tenant.id, kind: "DIRECT", subject: "", memberId: alumnus.membership.id, directKey: [alumnus.membership.id, other.membership.id].sort().join(":") } });
  await db.conversationParticipant.createMany({ data: [alumnus, other].map((m) => ({ tenantId: tenant.id, conversationId: direct.id, membershipId: m.membership.id, side: "MEMBER" as const })) });
  const directMessage = await db.conversationMessage.create({ data: { tenantId: tenant.id, conversationId: direct.id, authorId: other.membership.id, fromStaff: false, body: `${label} 二人だけの話` } });
  await db.directBlock.create({ data: { tenantId: tenant.id, blockerId: other.membership.id, blockedId: alumnus.membership.id } });
  const report = await db.messageReport.create({
    data: { tenantId: tenant.id, conversationId: direct.id, messageId: directMessage.id, reporterId: alumnus.membership.id, reportedId: other.membership.id, reason: "HARASSMENT", body: directMessage.body, messageAt: directMessage.createdAt },
  });
  const cannedReply = await db.cannedReply.create({ data: { tenantId: tenant.id, title: `${label} お礼`, body: "ご連絡ありがとうございます。" } });
  const notification = await db.notification.create({
    data: { tenantId: tenant.id, recipientId: alumnus.membership.id, kind: "COMPANY_REPLY", actorId: hr.membership.id, refId: conversation.id, path: `/${tenant.slug}/messages/${conversation.id}`, excerpt: "お話ししましょう", openKey: `COMPANY_REPLY:${conversation.id}` },
  });

  const feedPost = await db.feedPost.create({ data: { tenantId: tenant.id, authorId: hr.membership.id, fromStaff: true, body: `${label} ニュース https://example.com/news`, createdAt: new Date() } });
  await db.feedImage.create({ data: { tenantId: tenant.id, postId: feedPost.id, image: Buffer.from("RIFF"), width: 1, height: 1, version: "v1" } });
  await db.feedLinkPreview.create({ data: { tenantId: tenant.id, postId: feedPost.id, url: "https://example.com/news", status: "READY", title: "ニュース", image: Buffer.from("RIFF"), imageVersion: "v1" } });
  const feedComment = await db.feedComment.create({ data: { tenantId: tenant.id, postId: feedPost.id, authorId: alumnus.membership.id, body: "おめでとうございます" } });
  await db.feedReaction.create({ data: { tenantId: tenant.id, postId: feedPost.id, membershipId: alumnus.membership.id, kind: "LIKE" } });
  const feedReport = await db.feedReport.create({ data: { tenantId: tenant.id, postId: feedPost.id, commentId: feedComment.id, reporterId: other.membership.id, reason: "宣伝です" } });
  await db.tenantSso.create({ data: { tenantId: tenant.id, issuer: `https://login.${tenant.slug}.example/v2.0`, clientId: `${label}-client`, clientSecretSealed: "v1.sealed.secret.value", allowedDomains: [`${tenant.slug}.example`] } });
  await db.messageTemplate.create({ data: { tenantId: tenant.id, key: "invitation", locale: "ja", subject: `${label} 招待`, body: `${label}社から {name} 様へ` } });
  const domainHostname = `alumni-${tenant.slug}.example.co.jp`;
  await db.tenantDomain.create({ data: { tenantId: tenant.id, hostname: domainHostname, token: `token-${tenant.slug}`, verifiedAt: new Date() } });
  await db.domainSignIn.create({ data: { tenantId: tenant.id, userId: alumnus.user.id, tokenHash: `hash-${tenant.slug}`, claims: { sub: alumnus.user.id }, expiresAt: new Date(Date.now() + 60_000) } });

  // REST API keys (decisions/028): one with every scope, one with none (for the scope check), one revoked.
  const apiKey = await createApiKey(tenant.id, { name: `${label} 人事システム`, createdById: owner.user.id });
  const scopelessApiKey = await createApiKey(tenant.id, { name: `${label} 権限なし`, scopes: [], createdById: owner.user.id });
  const revokedApiKey = await createApiKey(tenant.id, { name: `${label} 旧連携`, revoked: true, createdById: owner.user.id });
  const webhookEndpoint = await db.webhookEndpoint.create({
    data: { tenantId: tenant.id, url: `https://hr-${tenant.slug}.example.com/webhooks`, events: ["member.joined"], secretCipher: sealSecret(newWebhookSecret()) },
  });
  const webhookDelivery = await db.outgoingWebhookDelivery.create({
    data: { id: `msg_${tenant.slug}`, tenantId: tenant.id, endpointId: webhookEndpoint.id, eventType: "member.joined", eventId: `evt_${tenant.slug}`, payload: { type: "member.joined" }, status: "SUCCEEDED", attempts: 1, responseStatus: 200 },
  });

  return {
    tenant: { id: tenant.id, slug: tenant.slug },
    domainHostname,
    apiKey: apiKey.secret,
    apiKeyId: apiKey.id,
    scopelessApiKey: scopelessApiKey.secret,
    revokedApiKey: revokedApiKey.secret,
    members,
    alumnus: { membershipId: alumnus.membership.id, profileId: alumnus.profile.id, email: alumnus.user.email },
    hrMembershipId: hr.membership.id,
    applicantMembershipId: applicant.membership.id,
    segmentId: segment.id,
    entryId: entry.id,
    joinedEntryId: joinedEntry.id,
    importId: rosterImport.id,
    invitationId: invitation.id,
    goalId: goal.id,
    reviewId: review.id,
    surveyId: survey.id,
    draftSurveyId: draftSurvey.id,
    questionId: question.id,
    eventId: event.id,
    draftEventId: draftEvent.id,
    registrationId: registration.id,
    broadcastId: broadcast.id,
    scheduledBroadcastId: scheduled.id,
    postingId: posting.id,
    interestId: interest.id,
    referralId: referral.id,
    conversationId: conversation.id,
    cannedReplyId: cannedReply.id,
    directConversationId: direct.id,
    directMessageId: directMessage.id,
    otherMembershipId: other.membership.id,
    otherProfileId: other.profile.id,
    reportId: report.id,
    feedPostId: feedPost.id,
    feedCommentId: feedComment.id,
    feedReportId: feedReport.id,
    notificationId: notification.id,
    webhookEndpointId: webhookEndpoint.id,
    webhookDeliveryId: webhookDelivery.id,
    ownerEmail: owner.user.email,
  };
}
