-- The dashboards' figures change only when the data they read changes (or the day does). Each app
-- instance keeps the figures it computed with the version of the data they were computed at, and
-- every request reads the version (one primary-key read) before using them: a write through any
-- instance or process moves the version in its own transaction, so the next request anywhere
-- computes afresh (lib/data/dashboard/figures-cache.ts). Written by hand: Prisma schema language
-- cannot express triggers, and the drift check ignores them.
--
-- The triggers are deferred to the end of the writing transaction and move the version once per
-- transaction: the version row is the last lock a writer takes and holds it only while committing,
-- so writers never wait on each other in a cycle, and a bulk insert moves it once.
--
-- One consequence: PostgreSQL refuses to ALTER a table that has trigger events still pending in
-- the transaction. A script (or a later migration) that changes rows of these tables and then
-- alters one of them in the same transaction runs `SET CONSTRAINTS ALL IMMEDIATE;` in between.
CREATE TABLE "DataVersion" (
    "name" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("name")
);

INSERT INTO "DataVersion" ("name") VALUES ('dashboard');

CREATE FUNCTION dashboard_data_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('mou.dashboard_version_moved', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('mou.dashboard_version_moved', txid_current()::text, true);
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "name" = 'dashboard';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Agreement_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "Agreement"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "Agreement_dashboard_version_truncate" AFTER TRUNCATE ON "Agreement"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "AgreementParty_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "AgreementParty"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "AgreementParty_dashboard_version_truncate" AFTER TRUNCATE ON "AgreementParty"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "CooperationArea_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "CooperationArea"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "CooperationArea_dashboard_version_truncate" AFTER TRUNCATE ON "CooperationArea"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "WorkingGroup_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "WorkingGroup"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "WorkingGroup_dashboard_version_truncate" AFTER TRUNCATE ON "WorkingGroup"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "Organisation_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "Organisation"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "Organisation_dashboard_version_truncate" AFTER TRUNCATE ON "Organisation"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "Person_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "Person"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "Person_dashboard_version_truncate" AFTER TRUNCATE ON "Person"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "Milestone_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "Milestone"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "Milestone_dashboard_version_truncate" AFTER TRUNCATE ON "Milestone"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "ProgressUpdate_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "ProgressUpdate"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "ProgressUpdate_dashboard_version_truncate" AFTER TRUNCATE ON "ProgressUpdate"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "ProgressConfirmation_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "ProgressConfirmation"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "ProgressConfirmation_dashboard_version_truncate" AFTER TRUNCATE ON "ProgressConfirmation"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "ProgressTrendMonth_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "ProgressTrendMonth"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "ProgressTrendMonth_dashboard_version_truncate" AFTER TRUNCATE ON "ProgressTrendMonth"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "ActionItem_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "ActionItem"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "ActionItem_dashboard_version_truncate" AFTER TRUNCATE ON "ActionItem"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();

CREATE CONSTRAINT TRIGGER "ActionItemComment_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "ActionItemComment"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_data_changed();
CREATE TRIGGER "ActionItemComment_dashboard_version_truncate" AFTER TRUNCATE ON "ActionItemComment"
FOR EACH STATEMENT EXECUTE FUNCTION dashboard_data_changed();
