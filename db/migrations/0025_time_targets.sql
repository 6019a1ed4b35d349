CREATE TABLE "time_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"procedure_code" text,
	"field" text,
	"measure" text NOT NULL,
	"kind" text NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	"baseline_from" date,
	"baseline_to" date,
	"from" date NOT NULL,
	"to" date NOT NULL,
	"names" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "time_targets_unit" ON "time_targets" USING btree ("unit_id");