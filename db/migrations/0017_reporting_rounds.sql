CREATE TABLE "reporting_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"owner_unit_id" integer NOT NULL,
	"asked" jsonb NOT NULL,
	"deadline" date NOT NULL,
	"cutoff_date" date NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_rounds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "reporting_submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"proposals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"return_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "task_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "report" jsonb;--> statement-breakpoint
ALTER TABLE "reporting_attachments" ADD CONSTRAINT "reporting_attachments_submission_id_reporting_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."reporting_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_submissions" ADD CONSTRAINT "reporting_submissions_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reporting_attachments_submission" ON "reporting_attachments" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_submissions_round_unit" ON "reporting_submissions" USING btree ("round_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_report_once" ON "notifications" USING btree ("user_id",("report"->>'round'),("report"->>'unit'),"kind","deadline") WHERE "notifications"."report" is not null;