CREATE TABLE "external_indices" (
	"code" text PRIMARY KEY NOT NULL,
	"names" jsonb NOT NULL,
	"scale" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_standings" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"index_code" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"rank" integer,
	"of" integer,
	"band" text,
	"source" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "external_standings" ADD CONSTRAINT "external_standings_index_code_external_indices_code_fk" FOREIGN KEY ("index_code") REFERENCES "public"."external_indices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "external_standings_unit_index_year" ON "external_standings" USING btree ("unit_id","index_code","year");