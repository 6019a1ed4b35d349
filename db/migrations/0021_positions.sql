CREATE TABLE "position_categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"root_unit_id" integer NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"list_id" integer NOT NULL,
	"parent_id" integer,
	"position_code" text,
	"text" text NOT NULL,
	"by" text NOT NULL,
	"by_unit_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position_deadlines" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"deadline" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "position_list_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"list_id" integer NOT NULL,
	"status" text NOT NULL,
	"on" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "position_lists" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"based_on_list_id" integer,
	"created_on" date NOT NULL,
	"decision_no" text,
	"decision_date" date,
	"decision_file_id" integer
);
--> statement-breakpoint
CREATE TABLE "position_quotas" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"quota" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" serial PRIMARY KEY NOT NULL,
	"list_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"category" text NOT NULL,
	"grade" text DEFAULT '' NOT NULL,
	"posts" integer NOT NULL,
	"duties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"qualifications" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"incumbents" integer,
	"ordinal" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "position_comments" ADD CONSTRAINT "position_comments_list_id_position_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."position_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_list_events" ADD CONSTRAINT "position_list_events_list_id_position_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."position_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_lists" ADD CONSTRAINT "position_lists_decision_file_id_position_files_id_fk" FOREIGN KEY ("decision_file_id") REFERENCES "public"."position_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_list_id_position_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."position_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "position_categories_code" ON "position_categories" USING btree ("root_unit_id","code");--> statement-breakpoint
CREATE INDEX "position_comments_list" ON "position_comments" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "position_list_events_list" ON "position_list_events" USING btree ("list_id");--> statement-breakpoint
CREATE UNIQUE INDEX "position_lists_unit_version" ON "position_lists" USING btree ("unit_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "position_quotas_unit_year" ON "position_quotas" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "positions_list_code" ON "positions" USING btree ("list_id","code");