-- The audit log as several chains (streams, ADR 0006). Rows written before are the one chain
-- they were: stream 0, their id as their place. Their seals cover id, link and content only,
-- so they stay valid. The backfill steps around the append-only trigger, as only a migration may.
ALTER TABLE "audit_log" ADD COLUMN "stream" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update";--> statement-breakpoint
UPDATE "audit_log" SET "seq" = "id";--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_stream_seq" ON "audit_log" USING btree ("stream","seq");--> statement-breakpoint
-- Ids were given as the last plus one; from now on by the table's own sequence, after the last.
SELECT setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((SELECT max("id") FROM "audit_log"), 0) + 1, false);
