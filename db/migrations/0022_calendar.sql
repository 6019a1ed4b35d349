CREATE TABLE "calendar_days" (
	"id" serial PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"names" jsonb NOT NULL,
	"source" text,
	"women_only" boolean DEFAULT false NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_country_date" UNIQUE("country","date")
);
