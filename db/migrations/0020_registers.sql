CREATE TABLE "inspection_findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"inspection_id" integer NOT NULL,
	"code" text NOT NULL,
	"topic" text NOT NULL,
	"description" jsonb NOT NULL,
	"severity" text NOT NULL,
	"recommendation" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_topics" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"field" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "inspection_topics_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"body" jsonb NOT NULL,
	"decision_no" text NOT NULL,
	"decision_date" date NOT NULL,
	"inspected_unit_id" integer NOT NULL,
	"topics" jsonb NOT NULL,
	"covered_from" date NOT NULL,
	"covered_to" date NOT NULL,
	"conclusion_no" text,
	"conclusion_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"held_on" date NOT NULL,
	"organising_unit_id" integer NOT NULL,
	"committee_code" text,
	"number" integer,
	"chair_title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"chair_name" text DEFAULT '' NOT NULL,
	"participants" integer,
	"participating_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"agenda" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notice_no" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_findings_code" ON "inspection_findings" USING btree ("inspection_id","code");--> statement-breakpoint
CREATE INDEX "inspections_inspected_unit" ON "inspections" USING btree ("inspected_unit_id");--> statement-breakpoint
CREATE INDEX "meetings_organising_unit" ON "meetings" USING btree ("organising_unit_id");