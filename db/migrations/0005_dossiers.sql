CREATE TABLE "dossier_flows" (
	"unit_id" integer NOT NULL,
	"procedure_code" text NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"online" integer DEFAULT 0 NOT NULL,
	"direct" integer DEFAULT 0 NOT NULL,
	"postal" integer DEFAULT 0 NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	"early" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	"late" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	"e_result" integer DEFAULT 0 NOT NULL,
	"digitised" integer DEFAULT 0 NOT NULL,
	"reused_data" integer DEFAULT 0 NOT NULL,
	"citizen_data" integer DEFAULT 0 NOT NULL,
	"fee_required" integer DEFAULT 0 NOT NULL,
	"paid_online" integer DEFAULT 0 NOT NULL,
	"dissatisfied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dossier_flows_grain_procedure_code_unit_id_day_pk" PRIMARY KEY("grain","procedure_code","unit_id","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_staging" (
	"batch" text NOT NULL,
	"line" integer NOT NULL,
	"source" text NOT NULL,
	"code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"closed_on" date,
	"outcome" text,
	"e_result" boolean NOT NULL,
	"digitised" boolean NOT NULL,
	"reused_data" boolean NOT NULL,
	"citizen_data" boolean NOT NULL,
	"fee_required" boolean NOT NULL,
	"paid_online" boolean NOT NULL,
	"rating" smallint,
	"complaint" boolean NOT NULL,
	"source_updated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"procedure_code" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"closed_on" date,
	"outcome" text,
	"e_result" boolean DEFAULT false NOT NULL,
	"digitised" boolean DEFAULT false NOT NULL,
	"reused_data" boolean DEFAULT false NOT NULL,
	"citizen_data" boolean DEFAULT false NOT NULL,
	"fee_required" boolean DEFAULT false NOT NULL,
	"paid_online" boolean DEFAULT false NOT NULL,
	"rating" smallint,
	"complaint" boolean DEFAULT false NOT NULL,
	"source_updated_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_index_counts" (
	"unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"indicator" text NOT NULL,
	"numerator" integer NOT NULL,
	"denominator" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_index_counts_unit_id_period_indicator_pk" PRIMARY KEY("unit_id","period","indicator")
);
--> statement-breakpoint
CREATE INDEX "dossier_staging_batch" ON "dossier_staging" USING btree ("batch","source","code");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_source_code" ON "dossiers" USING btree ("source","code");--> statement-breakpoint
CREATE INDEX "dossiers_unit_received" ON "dossiers" USING btree ("unit_id","received_on");