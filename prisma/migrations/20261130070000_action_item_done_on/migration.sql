-- The calendar day an action item was done (accepted at review, or closed), in the application's
-- time zone, kept on the row by the database in the writing transaction. The side comparison
-- counts items done on time and late, and how late, over every item: converting each item's
-- moment to a day in the application's time zone at read time cost two thirds of that query.
-- A trigger keeps it right whichever process or instance writes (written by hand: Prisma schema
-- language cannot express triggers, and the drift check ignores them).
--
-- A deployment that replaces app_time_zone() recomputes it with
--   UPDATE "ActionItem" SET "doneOn" = NULL;   -- the trigger sets every row again
ALTER TABLE "ActionItem" ADD COLUMN "doneOn" DATE;

CREATE FUNCTION action_item_done_on() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."doneOn" := CASE WHEN NEW.status IN ('ACCEPTED', 'CLOSED') THEN app_calendar_day(COALESCE(NEW."closedAt", NEW."reviewedAt")) END;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ActionItem_done_on"
BEFORE INSERT OR UPDATE ON "ActionItem"
FOR EACH ROW EXECUTE FUNCTION action_item_done_on();

UPDATE "ActionItem" SET "doneOn" = NULL;
