CREATE TABLE "consolidated_drafts" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"round" text DEFAULT '' NOT NULL,
	"narrative" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consolidated_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"round" text,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"figures" jsonb NOT NULL,
	"narrative" jsonb NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "consolidated_drafts_unit_period_round" ON "consolidated_drafts" USING btree ("unit_id","period","round");--> statement-breakpoint
CREATE UNIQUE INDEX "consolidated_reports_unit_number" ON "consolidated_reports" USING btree ("unit_id","number");