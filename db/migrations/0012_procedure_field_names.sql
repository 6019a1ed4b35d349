ALTER TABLE "procedures" ADD COLUMN "field_names" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Catalogues imported before this column had their field in the file's language, Vietnamese by default.
UPDATE "procedures" SET "field_names" = jsonb_build_object('vi', "field") WHERE "field" <> '';
