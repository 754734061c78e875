import { getFormatter, getTranslations } from "next-intl/server";
import { Avatar } from "./avatar";

type Profile = {
  displayName: string;
  nameKana?: string | null;
  nameRomaji?: string | null;
  department?: string | null;
  joinedOn?: Date | null;
  leftOn?: Date | null;
  currentCompany?: string | null;
  currentTitle?: string | null;
  industry?: string | null;
  location?: string | null;
  skills?: string[];
  interests?: string[];
  bio?: string | null;
  openToReturn?: boolean;
  linkedinUrl?: string | null;
};

/** A profile's fields as a definition list; fields the viewer may not see were removed before this renders. */
export async function ProfileDetails({ profile, photoUrl, withHeading = true }: { profile: Profile; photoUrl: string | null; withHeading?: boolean }) {
  const [t, ti, format] = await Promise.all([getTranslations("profile"), getTranslations("profileEdit.interests"), getFormatter()]);
  const date = (d: Date | null | undefined) => (d ? format.dateTime(d, { year: "numeric", month: "long", timeZone: "UTC" }) : null);
  const rows: [string, string | null | undefined][] = [
    [t("department"), profile.department],
    [t("joinedOn"), date(profile.joinedOn)],
    [t("leftOn"), date(profile.leftOn)],
    [t("currentCompany"), profile.currentCompany],
    [t("currentTitle"), profile.currentTitle],
    [t("industry"), profile.industry],
    [t("location"), profile.location],
    [t("skills"), profile.skills?.length ? format.list(profile.skills) : null],
    [t("interests"), profile.interests?.length ? format.list(profile.interests.map((i) => (ti.has(i) ? ti(i) : i))) : null],
    [t("openToReturn"), profile.openToReturn === undefined ? null : profile.openToReturn ? t("yes") : t("no")],
  ];
  const linkedin = profile.linkedinUrl && /^https:\/\//.test(profile.linkedinUrl) ? profile.linkedinUrl : null;
  return (
    <div>
      <div className="flex items-center gap-4 sm:gap-6">
        <Avatar name={profile.displayName} src={photoUrl} size="lg" />
        <div className="min-w-0">
          {withHeading ? <h1 className="text-2xl font-bold">{profile.displayName}</h1> : <p className="text-xl font-bold">{profile.displayName}</p>}
          {profile.nameKana || profile.nameRomaji ? (
            <p className="text-stone-600">{[profile.nameKana, profile.nameRomaji].filter(Boolean).join(" / ")}</p>
          ) : null}
        </div>
      </div>
      {profile.bio ? <p className="mt-4 whitespace-pre-line text-stone-800">{profile.bio}</p> : null}
      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-medium text-stone-600">{label}</dt>
              <dd className="text-stone-900">{value}</dd>
            </div>
          ))}
      </dl>
      {linkedin ? (
        <p className="mt-4">
          <a href={linkedin} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-800 underline">LinkedIn</a>
        </p>
      ) : null}
    </div>
  );
}
