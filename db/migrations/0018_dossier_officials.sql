ALTER TABLE "dossier_staging" ADD COLUMN "official_id" text;--> statement-breakpoint
ALTER TABLE "dossier_staging" ADD COLUMN "official_name" text;--> statement-breakpoint
ALTER TABLE "dossier_staging" ADD COLUMN "apology_issued" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "official_id" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "official_name" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "apology_issued" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "dossiers_unit_closed" ON "dossiers" USING btree ("unit_id","closed_on");