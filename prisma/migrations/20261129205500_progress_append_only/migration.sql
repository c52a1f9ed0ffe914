-- Progress updates and their evidence are the record of what was reported: once written they
-- are never changed or removed, whoever asks (a mistake is corrected by a new update naming the
-- one it corrects). Enforced here as the audit trail is, not only by the app's convention.
--
-- The database's own referential actions still run, and only when what a row hangs on is gone:
-- deleting a milestone (or the agreement or area it belongs to) removes its history with it;
-- deleting an author, a corrected update (in that cascade) or a stored file empties the link to
-- it and changes nothing else. A direct UPDATE or DELETE finds its parent still there: refused.
-- (Prisma schema language cannot express triggers, so this migration is written by hand. The
-- drift check ignores triggers.)

CREATE OR REPLACE FUNCTION progress_update_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "Milestone" WHERE "id" = OLD."milestoneId") THEN
      RETURN OLD;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF (to_jsonb(NEW) - 'authorId' - 'correctsUpdateId') = (to_jsonb(OLD) - 'authorId' - 'correctsUpdateId')
      AND (NEW."authorId" IS NOT DISTINCT FROM OLD."authorId"
        OR (NEW."authorId" IS NULL AND NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."authorId")))
      AND (NEW."correctsUpdateId" IS NOT DISTINCT FROM OLD."correctsUpdateId"
        OR (NEW."correctsUpdateId" IS NULL AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" WHERE "id" = OLD."correctsUpdateId")))
    THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'ProgressUpdate rows are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE FUNCTION evidence_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "ProgressUpdate" WHERE "id" = OLD."progressUpdateId") THEN
      RETURN OLD;
    END IF;
  ELSIF TG_OP = 'UPDATE' THEN
    IF (to_jsonb(NEW) - 'fileId') = (to_jsonb(OLD) - 'fileId')
      AND NEW."fileId" IS NULL AND NOT EXISTS (SELECT 1 FROM "StoredFile" WHERE "id" = OLD."fileId")
    THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'Evidence rows are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "ProgressUpdate_append_only"
  BEFORE UPDATE OR DELETE ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION progress_update_is_append_only();

CREATE TRIGGER "ProgressUpdate_no_truncate"
  BEFORE TRUNCATE ON "ProgressUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION progress_update_is_append_only();

CREATE TRIGGER "Evidence_append_only"
  BEFORE UPDATE OR DELETE ON "Evidence"
  FOR EACH ROW EXECUTE FUNCTION evidence_is_append_only();

CREATE TRIGGER "Evidence_no_truncate"
  BEFORE TRUNCATE ON "Evidence"
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_is_append_only();
