CREATE TABLE "open_data_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"licence" text NOT NULL,
	"licence_url" text NOT NULL,
	"publisher" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"unit_id" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unpublished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "publications_live" ON "publications" USING btree ("kind","subject") WHERE unpublished_at is null;