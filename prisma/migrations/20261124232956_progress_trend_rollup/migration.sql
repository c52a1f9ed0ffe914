-- DropIndex
DROP INDEX "ProgressUpdate_reportedOn_idx";

-- CreateTable
CREATE TABLE "ProgressTrendMonth" (
    "month" DATE NOT NULL,
    "ownerSide" "OwnerSide" NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "milestones" INTEGER NOT NULL,
    "weight" BIGINT NOT NULL,
    "weighted" BIGINT NOT NULL,
    "overdue" INTEGER NOT NULL,

    CONSTRAINT "ProgressTrendMonth_pkey" PRIMARY KEY ("month","ownerSide","ownerOrganisationId")
);

-- CreateTable
CREATE TABLE "ProgressTrendMilestoneMonth" (
    "milestoneId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "ownerSide" "OwnerSide" NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "milestones" INTEGER NOT NULL,
    "weight" BIGINT NOT NULL,
    "weighted" BIGINT NOT NULL,
    "overdue" INTEGER NOT NULL,

    CONSTRAINT "ProgressTrendMilestoneMonth_pkey" PRIMARY KEY ("milestoneId","month")
);

-- CreateIndex
CREATE INDEX "Milestone_startOn_idx" ON "Milestone"("startOn");

-- CreateIndex
CREATE INDEX "Milestone_cancelledAt_idx" ON "Milestone"("cancelledAt");

-- CreateIndex
CREATE INDEX "ProgressUpdate_reportedOn_milestoneId_idx" ON "ProgressUpdate"("reportedOn", "milestoneId");

-- -----------------------------------------------------------------------------------------------
-- The progress trend rollup (written by hand below this line: Prisma schema language cannot
-- express functions or triggers, and the drift check ignores them).
--
-- What a month end E shows (the same definition as the history query in
-- lib/data/dashboard/core/trend-history.ts): a milestone counts when it started on or before E and
-- was not cancelled on or before E (one marked cancelled without a date never counts); its state
-- is its latest update reported on or before E, by reported day, then entry time, then id; it is
-- overdue when its target date is before E and that state is not COMPLETED.
--
-- progress_trend_milestone_months(ids) gives each milestone's CHANGE in those figures at every
-- month end where they change. ProgressTrendMilestoneMonth keeps them per milestone and
-- ProgressTrendMonth their sums per month, side and organisation. Triggers on every statement
-- that writes milestones or progress updates (actions, imports, seed, bench, tests, cascades)
-- replace the affected milestones' rows in the same transaction, so the rollup can never be
-- older than the history it summarises.
-- -----------------------------------------------------------------------------------------------

CREATE FUNCTION progress_trend_month(d date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(date_trunc('month', CAST(d AS timestamp)) AS date) $$;

CREATE FUNCTION progress_trend_milestone_months(ids text[])
RETURNS TABLE ("milestoneId" text, month date, "ownerSide" "OwnerSide", "ownerOrganisationId" text,
               milestones int, weight bigint, weighted bigint, overdue int)
LANGUAGE sql STABLE AS $$
  WITH ms AS (
    SELECT m.id, m."ownerSide" AS side, m."ownerOrganisationId" AS org, CAST(m.weight AS bigint) AS weight,
      progress_trend_month(m."startOn") AS start_month,
      -- From this month's end on, the target date lies in the past.
      progress_trend_month(m."targetOn" + 1) AS overdue_month,
      progress_trend_month(CAST(m."cancelledAt" AS date)) AS cancel_month
    FROM "Milestone" m
    WHERE m.id = ANY (ids) AND NOT (m."cancelledAt" IS NULL AND m.status = 'CANCELLED')
  ),
  month_ends AS (
    -- The last update reported in each month: the state from that month's end to the next one's.
    SELECT DISTINCT ON (pu."milestoneId", progress_trend_month(pu."reportedOn"))
      pu."milestoneId" AS id, progress_trend_month(pu."reportedOn") AS month,
      pu."percentComplete" AS percent, pu.status = 'COMPLETED' AS is_completed
    FROM "ProgressUpdate" pu
    WHERE pu."milestoneId" IN (SELECT ms.id FROM ms)
    ORDER BY pu."milestoneId", progress_trend_month(pu."reportedOn"), pu."reportedOn" DESC, pu."createdAt" DESC, pu.id DESC
  ),
  points AS (
    -- Every month end at which a milestone's contribution can change.
    SELECT e.id, e.month FROM month_ends e
    UNION SELECT ms.id, ms.start_month FROM ms
    UNION SELECT ms.id, ms.overdue_month FROM ms
    UNION SELECT ms.id, ms.cancel_month FROM ms WHERE ms.cancel_month IS NOT NULL
  ),
  runs AS (
    -- Months with an update so far: the points of one run share that run's first (update) month's state.
    SELECT p.id, p.month, e.percent, e.is_completed, count(e.id) OVER (PARTITION BY p.id ORDER BY p.month) AS run
    FROM points p
    LEFT JOIN month_ends e ON e.id = p.id AND e.month = p.month
  ),
  states AS (
    SELECT r.id, r.month,
      COALESCE(first_value(r.percent) OVER run, 0) AS percent,
      COALESCE(first_value(r.is_completed) OVER run, false) AS is_completed
    FROM runs r
    WINDOW run AS (PARTITION BY r.id, r.run ORDER BY r.month)
  ),
  contributions AS (
    SELECT s.id, s.month, ms.side, ms.org, a.alive,
      ms.weight * a.alive AS weight,
      ms.weight * a.alive * s.percent AS weighted,
      CASE WHEN a.alive = 1 AND s.month >= ms.overdue_month AND NOT s.is_completed THEN 1 ELSE 0 END AS overdue
    FROM states s
    JOIN ms ON ms.id = s.id
    CROSS JOIN LATERAL (
      SELECT CASE WHEN s.month >= ms.start_month AND (ms.cancel_month IS NULL OR s.month < ms.cancel_month) THEN 1 ELSE 0 END AS alive
    ) a
  ),
  changes AS (
    SELECT c.id, c.month, c.side, c.org,
      c.alive - lag(c.alive, 1, 0) OVER step AS milestones,
      c.weight - lag(c.weight, 1, 0::bigint) OVER step AS weight,
      c.weighted - lag(c.weighted, 1, 0::bigint) OVER step AS weighted,
      c.overdue - lag(c.overdue, 1, 0) OVER step AS overdue
    FROM contributions c
    WINDOW step AS (PARTITION BY c.id ORDER BY c.month)
  )
  SELECT ch.id, ch.month, ch.side, ch.org, ch.milestones, ch.weight, ch.weighted, ch.overdue
  FROM changes ch
  WHERE ch.milestones <> 0 OR ch.weight <> 0 OR ch.weighted <> 0 OR ch.overdue <> 0
$$;

-- Replaces what the given milestones contribute with what their rows and history give now.
-- Custom plans: one milestone's refresh must use the indexes, a bulk one may scan.
CREATE FUNCTION progress_trend_refresh(ids text[]) RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Writers of one milestone take turns (in id order, as lockMilestones does), and the next
  -- statement's snapshot holds what the previous writer committed. NO KEY UPDATE does not wait
  -- for the KEY SHARE lock an inserted update holds on its milestone, so two transactions that
  -- each inserted an update for the same milestone queue here rather than deadlock.
  PERFORM 1 FROM "Milestone" WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  WITH fresh AS MATERIALIZED (
    SELECT * FROM progress_trend_milestone_months(ids)
  ),
  stored AS (
    SELECT s.* FROM "ProgressTrendMilestoneMonth" s WHERE s."milestoneId" = ANY (ids)
  ),
  totals AS (
    INSERT INTO "ProgressTrendMonth" AS t (month, "ownerSide", "ownerOrganisationId", milestones, weight, weighted, overdue)
    SELECT d.month, d."ownerSide", d."ownerOrganisationId", sum(d.milestones), sum(d.weight), sum(d.weighted), sum(d.overdue)
    FROM (
      SELECT f.month, f."ownerSide", f."ownerOrganisationId", f.milestones, f.weight, f.weighted, f.overdue FROM fresh f
      UNION ALL
      SELECT s.month, s."ownerSide", s."ownerOrganisationId", -s.milestones, -s.weight, -s.weighted, -s.overdue FROM stored s
    ) d
    GROUP BY d.month, d."ownerSide", d."ownerOrganisationId"
    HAVING sum(d.milestones) <> 0 OR sum(d.weight) <> 0 OR sum(d.weighted) <> 0 OR sum(d.overdue) <> 0
    -- Always in key order, so two writers never wait for each other's rows in a cycle.
    ORDER BY d.month, d."ownerSide", d."ownerOrganisationId"
    ON CONFLICT (month, "ownerSide", "ownerOrganisationId") DO UPDATE SET
      milestones = t.milestones + excluded.milestones,
      weight = t.weight + excluded.weight,
      weighted = t.weighted + excluded.weighted,
      overdue = t.overdue + excluded.overdue
  ),
  kept AS (
    INSERT INTO "ProgressTrendMilestoneMonth" AS s ("milestoneId", month, "ownerSide", "ownerOrganisationId", milestones, weight, weighted, overdue)
    SELECT f."milestoneId", f.month, f."ownerSide", f."ownerOrganisationId", f.milestones, f.weight, f.weighted, f.overdue FROM fresh f
    ON CONFLICT ("milestoneId", month) DO UPDATE SET
      "ownerSide" = excluded."ownerSide",
      "ownerOrganisationId" = excluded."ownerOrganisationId",
      milestones = excluded.milestones,
      weight = excluded.weight,
      weighted = excluded.weighted,
      overdue = excluded.overdue
    WHERE (s."ownerSide", s."ownerOrganisationId", s.milestones, s.weight, s.weighted, s.overdue)
      IS DISTINCT FROM (excluded."ownerSide", excluded."ownerOrganisationId", excluded.milestones, excluded.weight, excluded.weighted, excluded.overdue)
  )
  -- Sub-statements share one snapshot: the upsert above and this delete touch disjoint rows.
  DELETE FROM "ProgressTrendMilestoneMonth" s
  WHERE s."milestoneId" = ANY (ids)
    AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."milestoneId" = s."milestoneId" AND f.month = s.month);
END;
$$;

-- Recomputes everything from the history (after this migration, and after a TRUNCATE).
CREATE FUNCTION progress_trend_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "ProgressTrendMilestoneMonth", "ProgressTrendMonth";
  INSERT INTO "ProgressTrendMilestoneMonth" ("milestoneId", month, "ownerSide", "ownerOrganisationId", milestones, weight, weighted, overdue)
  SELECT * FROM progress_trend_milestone_months(ARRAY(SELECT m.id FROM "Milestone" m));
  INSERT INTO "ProgressTrendMonth" (month, "ownerSide", "ownerOrganisationId", milestones, weight, weighted, overdue)
  SELECT s.month, s."ownerSide", s."ownerOrganisationId", sum(s.milestones), sum(s.weight), sum(s.weighted), sum(s.overdue)
  FROM "ProgressTrendMilestoneMonth" s
  GROUP BY s.month, s."ownerSide", s."ownerOrganisationId";
END;
$$;

CREATE FUNCTION progress_trend_after_progress_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM progress_trend_refresh(ARRAY(SELECT DISTINCT n."milestoneId" FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM progress_trend_refresh(ARRAY(SELECT DISTINCT o."milestoneId" FROM old_rows o));
  ELSE
    PERFORM progress_trend_refresh(ARRAY(SELECT n."milestoneId" FROM new_rows n UNION SELECT o."milestoneId" FROM old_rows o));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION progress_trend_after_milestone() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM progress_trend_refresh(ARRAY(SELECT n.id FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM progress_trend_refresh(ARRAY(SELECT o.id FROM old_rows o));
  ELSE
    -- Most updates (current state, order, texts, version) change nothing the trend reads.
    PERFORM progress_trend_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."ownerSide", n."ownerOrganisationId", n.weight, n."startOn", n."targetOn", CAST(n."cancelledAt" AS date), n.status = 'CANCELLED')
        IS DISTINCT FROM (o."ownerSide", o."ownerOrganisationId", o.weight, o."startOn", o."targetOn", CAST(o."cancelledAt" AS date), o.status = 'CANCELLED')
      UNION (SELECT n.id FROM new_rows n EXCEPT SELECT o.id FROM old_rows o)
      UNION (SELECT o.id FROM old_rows o EXCEPT SELECT n.id FROM new_rows n)
    ));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION progress_trend_after_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM progress_trend_rebuild();
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ProgressUpdate_trend_insert" AFTER INSERT ON "ProgressUpdate"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_progress_update();
CREATE TRIGGER "ProgressUpdate_trend_update" AFTER UPDATE ON "ProgressUpdate"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_progress_update();
CREATE TRIGGER "ProgressUpdate_trend_delete" AFTER DELETE ON "ProgressUpdate"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_progress_update();
CREATE TRIGGER "ProgressUpdate_trend_truncate" AFTER TRUNCATE ON "ProgressUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_truncate();

CREATE TRIGGER "Milestone_trend_insert" AFTER INSERT ON "Milestone"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_milestone();
CREATE TRIGGER "Milestone_trend_update" AFTER UPDATE ON "Milestone"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_milestone();
CREATE TRIGGER "Milestone_trend_delete" AFTER DELETE ON "Milestone"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_milestone();
CREATE TRIGGER "Milestone_trend_truncate" AFTER TRUNCATE ON "Milestone"
  FOR EACH STATEMENT EXECUTE FUNCTION progress_trend_after_truncate();

SELECT progress_trend_rebuild();
