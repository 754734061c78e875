-- Directory search keys tagged with the company (docs/decisions/015). The bigram GIN index held every company's
-- rows under one key per bigram, so a common one ("田中") read the postings of all companies, and each filter
-- added a btree bitmap of its own. Now one GIN over "<tenantId> <key>" strings: the bigrams of the text alumni
-- may search, and one key per filter value alumni may see ("department=営業部", "skill=Python", …). A search
-- with two filters is one GIN probe that intersects three short posting lists of its own company. (Prisma can
-- declare a GIN over a plain text[] column, not one led by tenantId, which needs btree_gin.) A bigram has two
-- characters and no space, a filter key more than six: keys of different kinds never collide.
CREATE FUNCTION kizuna_tenant_keys(tenant_id text, kind text, vals text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ARRAY(SELECT tenant_id || ' ' || kind || v FROM unnest(vals) AS v WHERE v IS NOT NULL);

-- DropIndex
DROP INDEX "AlumniProfile_searchBigrams_idx";

-- AlterTable
ALTER TABLE "AlumniProfile" DROP COLUMN "searchBigrams",
ADD COLUMN "searchKeys" text[] GENERATED ALWAYS AS (
  kizuna_tenant_keys("tenantId", '', kizuna_bigrams(kizuna_search_document(false, visibility, "displayName", "nameKana", "nameRomaji", "currentCompany", "currentTitle", skills, bio)))
  || kizuna_tenant_keys("tenantId", 'department=', ARRAY[CASE WHEN kizuna_sees(false, visibility, 'department') THEN department END])
  || kizuna_tenant_keys("tenantId", 'industry=', ARRAY[CASE WHEN kizuna_sees(false, visibility, 'industry') THEN industry END])
  || kizuna_tenant_keys("tenantId", 'location=', ARRAY[CASE WHEN kizuna_sees(false, visibility, 'location') THEN location END])
  || kizuna_tenant_keys("tenantId", 'skill=', CASE WHEN kizuna_sees(false, visibility, 'skills') THEN skills END)
  || kizuna_tenant_keys("tenantId", 'interest=', CASE WHEN kizuna_sees(false, visibility, 'interests') THEN interests END)
) STORED;

-- CreateIndex
CREATE INDEX "AlumniProfile_searchKeys_idx" ON "AlumniProfile" USING GIN ("searchKeys" array_ops);

-- The rewritten table has no statistics for the new column yet: without them the planner guesses.
ANALYZE "AlumniProfile";
