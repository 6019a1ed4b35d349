CREATE TABLE "external_standing_components" (
	"standing_id" integer NOT NULL,
	"component" text NOT NULL,
	"value" double precision NOT NULL,
	"max" double precision,
	"rank" integer,
	"of" integer,
	CONSTRAINT "external_standing_components_standing_id_component_pk" PRIMARY KEY("standing_id","component")
);
--> statement-breakpoint
CREATE TABLE "standing_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"index_code" text NOT NULL,
	"year" integer NOT NULL,
	"comparison_set" text DEFAULT 'nation' NOT NULL,
	"rank_at_most" integer,
	"value_at_least" double precision,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
DROP INDEX "external_standings_unit_index_year";--> statement-breakpoint
ALTER TABLE "external_indices" ADD COLUMN "components" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "external_standings" ADD COLUMN "comparison_set" text DEFAULT 'nation' NOT NULL;--> statement-breakpoint
ALTER TABLE "external_standing_components" ADD CONSTRAINT "external_standing_components_standing_id_external_standings_id_fk" FOREIGN KEY ("standing_id") REFERENCES "public"."external_standings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standing_targets" ADD CONSTRAINT "standing_targets_index_code_external_indices_code_fk" FOREIGN KEY ("index_code") REFERENCES "public"."external_indices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "standing_targets_unit_index_year_set" ON "standing_targets" USING btree ("unit_id","index_code","year","comparison_set");--> statement-breakpoint
CREATE UNIQUE INDEX "external_standings_unit_index_year_set" ON "external_standings" USING btree ("unit_id","index_code","year","comparison_set");