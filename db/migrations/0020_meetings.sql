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
CREATE INDEX "meetings_organising_unit" ON "meetings" USING btree ("organising_unit_id");