-- One "today" in SQL as in TypeScript (written by hand: Prisma schema language cannot express
-- functions, and the drift check ignores them).
--
-- Moments are stored as UTC timestamps; the calendar day a moment falls on is taken in the
-- application's time zone (APP_TIME_ZONE, default Asia/Kuala_Lumpur; lib/dates.ts), never in UTC
-- or the database session's zone: a milestone cancelled at 00:30 on 1 April in Kuala Lumpur was
-- cancelled in April, though UTC still says 31 March. Queries never ask the database for its own
-- current_date: they pass today() as a parameter.
--
-- app_time_zone() must name the same zone as APP_TIME_ZONE: a deployment that sets another zone
-- replaces this function (CREATE OR REPLACE FUNCTION app_time_zone() ...) and then rebuilds the
-- trend rollup (SELECT progress_trend_rebuild()); see README "Time zone".
CREATE FUNCTION app_time_zone() RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'Asia/Kuala_Lumpur'::text $$;

-- The calendar day, in the application's time zone, of a moment stored as a UTC timestamp.
CREATE FUNCTION app_calendar_day(moment timestamp) RETURNS date
LANGUAGE sql STABLE AS $$ SELECT CAST((moment AT TIME ZONE 'UTC') AT TIME ZONE app_time_zone() AS date) $$;

-- The UTC timestamp at which a calendar day begins in the application's time zone (for range
-- conditions on stored moments that can use their indexes).
CREATE FUNCTION app_day_start(day date) RETURNS timestamp
LANGUAGE sql STABLE AS $$ SELECT (CAST(day AS timestamp) AT TIME ZONE app_time_zone()) AT TIME ZONE 'UTC' $$;

-- The trend rollup takes the day a milestone was cancelled in the application's time zone.
CREATE OR REPLACE FUNCTION progress_trend_milestone_months(ids text[])
RETURNS TABLE ("milestoneId" text, month date, "ownerSide" "OwnerSide", "ownerOrganisationId" text,
               milestones int, weight bigint, weighted bigint, overdue int)
LANGUAGE sql STABLE AS $$
  WITH ms AS (
    SELECT m.id, m."ownerSide" AS side, m."ownerOrganisationId" AS org, CAST(m.weight AS bigint) AS weight,
      progress_trend_month(m."startOn") AS start_month,
      -- From this month's end on, the target date lies in the past.
      progress_trend_month(m."targetOn" + 1) AS overdue_month,
      progress_trend_month(app_calendar_day(m."cancelledAt")) AS cancel_month
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

CREATE OR REPLACE FUNCTION progress_trend_after_milestone() RETURNS trigger
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
      WHERE (n."ownerSide", n."ownerOrganisationId", n.weight, n."startOn", n."targetOn", app_calendar_day(n."cancelledAt"), n.status = 'CANCELLED')
        IS DISTINCT FROM (o."ownerSide", o."ownerOrganisationId", o.weight, o."startOn", o."targetOn", app_calendar_day(o."cancelledAt"), o.status = 'CANCELLED')
      UNION (SELECT n.id FROM new_rows n EXCEPT SELECT o.id FROM old_rows o)
      UNION (SELECT o.id FROM old_rows o EXCEPT SELECT n.id FROM new_rows n)
    ));
  END IF;
  RETURN NULL;
END;
$$;

-- Rows already summarised by the UTC day of their cancellation are summarised again.
SELECT progress_trend_rebuild();
