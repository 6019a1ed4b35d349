CREATE TABLE "assessment_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"year" integer NOT NULL,
	"framework_id" integer NOT NULL,
	"group_code" text NOT NULL,
	"self_assessment_deadline" date,
	"appraisal_deadline" date,
	"cutoff_date" date NOT NULL,
	"previous_round_id" integer,
	"bands" jsonb NOT NULL,
	"finalized_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_rounds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"node_key" text NOT NULL,
	"self_cents" integer,
	"explanation" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"appraised_cents" integer,
	"appraisal_reason" text,
	"survey_cents" integer,
	"computed_cents" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_scores_round_id_unit_id_node_key_pk" PRIMARY KEY("round_id","unit_id","node_key")
);
--> statement-breakpoint
CREATE TABLE "round_units" (
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "round_units_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_units" ADD CONSTRAINT "round_units_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE no action ON UPDATE no action;