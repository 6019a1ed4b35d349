CREATE TABLE "questionnaires" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"names" jsonb NOT NULL,
	"purpose" text NOT NULL,
	"example" boolean NOT NULL,
	"owner_unit_id" integer,
	"file" jsonb NOT NULL,
	"frozen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"wave_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"channel" text NOT NULL,
	"answered_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"client_key" text NOT NULL,
	"duplicate_of" bigint,
	"entered_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_submission_counts" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "survey_submission_counts_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "survey_tallies" (
	"wave_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"month" date NOT NULL,
	"item" text NOT NULL,
	"answer" text NOT NULL,
	"shard" smallint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "survey_tallies_wave_id_unit_id_month_item_answer_shard_pk" PRIMARY KEY("wave_id","unit_id","month","item","answer","shard")
);
--> statement-breakpoint
CREATE TABLE "survey_wave_units" (
	"wave_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"population" integer NOT NULL,
	"population_source" text NOT NULL,
	"target" integer NOT NULL,
	"link" text NOT NULL,
	CONSTRAINT "survey_wave_units_wave_id_unit_id_pk" PRIMARY KEY("wave_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "survey_waves" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"questionnaire_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"from" date NOT NULL,
	"to" date NOT NULL,
	"design" text NOT NULL,
	"margin_millionths" integer NOT NULL,
	"token_required" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_waves_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "survey_wave_units" ADD CONSTRAINT "survey_wave_units_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaires_code_version" ON "questionnaires" USING btree ("code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_client_key" ON "survey_responses" USING btree ("wave_id","client_key");--> statement-breakpoint
CREATE INDEX "survey_responses_unit_day" ON "survey_responses" USING btree ("wave_id","unit_id","answered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_wave_units_link" ON "survey_wave_units" USING btree ("link");