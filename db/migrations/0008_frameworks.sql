CREATE TABLE "framework_nodes" (
	"id" serial PRIMARY KEY NOT NULL,
	"framework_id" integer NOT NULL,
	"key" text NOT NULL,
	"parent_key" text,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"guidance" jsonb,
	"max_cents" integer NOT NULL,
	"max_verified" boolean NOT NULL,
	"method" text,
	"formula" jsonb
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"names" jsonb NOT NULL,
	"subject" text NOT NULL,
	"year" integer NOT NULL,
	"basis" text NOT NULL,
	"example" boolean DEFAULT false NOT NULL,
	"total_cents" integer NOT NULL,
	"frozen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "framework_nodes" ADD CONSTRAINT "framework_nodes_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "framework_nodes_key" ON "framework_nodes" USING btree ("framework_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "frameworks_code_version" ON "frameworks" USING btree ("code","version");