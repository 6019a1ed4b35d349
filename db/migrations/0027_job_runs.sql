CREATE TABLE "job_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"job_id" text NOT NULL,
	"attempt" integer NOT NULL,
	"trigger" text NOT NULL,
	"requested_by" text,
	"state" text NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"error" text,
	"output" jsonb,
	"runner" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "job_runs_kind_started" ON "job_runs" USING btree ("kind","started_at");--> statement-breakpoint
CREATE INDEX "job_runs_job" ON "job_runs" USING btree ("job_id");