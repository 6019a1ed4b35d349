CREATE TABLE "survey_sample_dossiers" (
	"wave_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"position" integer NOT NULL,
	"procedure_code" text,
	"dossier_code" text NOT NULL,
	CONSTRAINT "survey_sample_dossiers_wave_id_unit_id_position_pk" PRIMARY KEY("wave_id","unit_id","position")
);
--> statement-breakpoint
CREATE TABLE "survey_tokens" (
	"hash" text PRIMARY KEY NOT NULL,
	"wave_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"used" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_wave_procedures" (
	"wave_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"procedure_code" text NOT NULL,
	"population" integer NOT NULL,
	"target" integer NOT NULL,
	CONSTRAINT "survey_wave_procedures_wave_id_unit_id_procedure_code_pk" PRIMARY KEY("wave_id","unit_id","procedure_code")
);
--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "sample_seed" integer;--> statement-breakpoint
ALTER TABLE "survey_sample_dossiers" ADD CONSTRAINT "survey_sample_dossiers_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_tokens" ADD CONSTRAINT "survey_tokens_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_wave_procedures" ADD CONSTRAINT "survey_wave_procedures_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_tokens_wave_unit" ON "survey_tokens" USING btree ("wave_id","unit_id");