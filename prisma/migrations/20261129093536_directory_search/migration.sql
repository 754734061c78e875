-- Directory search (docs/decisions/011). Functions are single SQL statements: the migration runner splits on
-- semicolons, so no PL/pgSQL bodies. All IMMUTABLE so generated columns and indexes may use them.
-- The form both the stored text and a query are compared in: NFKC (full/half-width, compatibility forms),
-- lower case, katakana folded to hiragana (so タナカ finds たなか).
CREATE FUNCTION kizuna_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN translate(lower(normalize(input, NFKC)), 'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ', 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ');

-- Whether a profile field is shown to staff (everything but PRIVATE) or to alumni (ALUMNI or no choice made).
-- Missing or unknown choices fall back to the defaults of lib/alumni/visibility.ts, which are ALUMNI for every
-- field searched or sorted on here.
CREATE FUNCTION kizuna_sees(staff boolean, visibility jsonb, field text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN staff THEN (visibility ->> field) IS DISTINCT FROM 'PRIVATE'
            ELSE (visibility ->> field) IS NULL OR (visibility ->> field) NOT IN ('STAFF', 'PRIVATE') END;

-- The folded text one audience may search: name (as written, kana, romaji), current company and title, skills, bio.
CREATE FUNCTION kizuna_search_document(staff boolean, visibility jsonb, display_name text, name_kana text, name_romaji text,
  current_company text, current_title text, skills text[], bio text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN kizuna_fold(concat_ws(' ',
  display_name,
  CASE WHEN kizuna_sees(staff, visibility, 'nameKana') THEN name_kana END,
  CASE WHEN kizuna_sees(staff, visibility, 'nameRomaji') THEN name_romaji END,
  CASE WHEN kizuna_sees(staff, visibility, 'currentCompany') THEN current_company END,
  CASE WHEN kizuna_sees(staff, visibility, 'currentTitle') THEN current_title END,
  CASE WHEN kizuna_sees(staff, visibility, 'skills') THEN array_to_string(skills, ' ') END,
  CASE WHEN kizuna_sees(staff, visibility, 'bio') THEN bio END));

-- Every two-character piece of a text (none spanning a space): what the GIN index looks words up by. Japanese
-- has no spaces and the database locale is C, so pg_trgm would see no words in it at all.
CREATE FUNCTION kizuna_bigrams(input text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ARRAY(SELECT DISTINCT substr(input, i, 2) FROM generate_series(1, length(input) - 1) AS i WHERE position(' ' IN substr(input, i, 2)) = 0);

-- AlterTable
ALTER TABLE "AlumniProfile"
ADD COLUMN "searchAlumni" text GENERATED ALWAYS AS (kizuna_search_document(false, visibility, "displayName", "nameKana", "nameRomaji", "currentCompany", "currentTitle", skills, bio)) STORED,
ADD COLUMN "searchBigrams" text[] GENERATED ALWAYS AS (kizuna_bigrams(kizuna_search_document(false, visibility, "displayName", "nameKana", "nameRomaji", "currentCompany", "currentTitle", skills, bio))) STORED,
ADD COLUMN "searchStaff" text GENERATED ALWAYS AS (kizuna_search_document(true, visibility, "displayName", "nameKana", "nameRomaji", "currentCompany", "currentTitle", skills, bio)) STORED,
ADD COLUMN "sortActive" timestamp(3) GENERATED ALWAYS AS (COALESCE("lastActiveAt", '1970-01-01 00:00:00'::timestamp(3))) STORED,
ADD COLUMN "sortLeft" date GENERATED ALWAYS AS (COALESCE(CASE WHEN kizuna_sees(false, visibility, 'leftOn') THEN "leftOn" END, '0001-01-01'::date)) STORED,
ADD COLUMN "sortName" text GENERATED ALWAYS AS (kizuna_fold(COALESCE(CASE WHEN kizuna_sees(false, visibility, 'nameKana') THEN "nameKana" END, "displayName"))) STORED;

-- CreateTable
CREATE TABLE "Segment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Segment_tenantId_name_key" ON "Segment"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Segment_tenantId_id_key" ON "Segment"("tenantId", "id");

-- CreateIndex
CREATE INDEX "AlumniProfile_searchBigrams_idx" ON "AlumniProfile" USING GIN ("searchBigrams" array_ops);

-- CreateIndex
CREATE INDEX "AlumniProfile_tenantId_sortActive_id_idx" ON "AlumniProfile"("tenantId", "sortActive", "id");

-- CreateIndex
CREATE INDEX "AlumniProfile_tenantId_sortName_id_idx" ON "AlumniProfile"("tenantId", "sortName", "id");

-- CreateIndex
CREATE INDEX "AlumniProfile_tenantId_sortLeft_id_idx" ON "AlumniProfile"("tenantId", "sortLeft", "id");

-- AddForeignKey
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
