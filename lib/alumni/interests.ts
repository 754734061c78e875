/** What an alumnus wants from the network; shown in their language, filtered on by HR and the directory. */
export const INTERESTS = ["returning", "collaboration", "networking", "mentoring", "companyNews"] as const;
export type Interest = (typeof INTERESTS)[number];
