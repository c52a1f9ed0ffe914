-- A decision recorded in a meeting's minutes may be marked public by those who record the minutes;
-- the agreement's public page shows it once both sides have agreed the minutes.
ALTER TABLE "Decision" ADD COLUMN "isPublic" BOOLEAN NOT NULL DEFAULT false;
