CREATE TABLE "procedures" (
	"code" text PRIMARY KEY NOT NULL,
	"names" jsonb NOT NULL,
	"field" text DEFAULT '' NOT NULL,
	"level" text DEFAULT '' NOT NULL,
	"statutory_days" integer,
	"fee_required" boolean DEFAULT false NOT NULL,
	"online_level" text DEFAULT 'none' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
