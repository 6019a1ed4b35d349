CREATE TABLE "follow_up_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"on" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_fields" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "follow_up_fields_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "follow_up_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" integer,
	"source_ref" text,
	"kind" text NOT NULL,
	"raised_on" date NOT NULL,
	"raised_by_unit_id" integer,
	"raiser_title" jsonb,
	"field_id" integer NOT NULL,
	"addressed_to_unit_id" integer NOT NULL,
	"addressee_name" text,
	"text" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"responsible_unit_id" integer,
	"deadline" date,
	"task_id" integer,
	"closes_with_task" boolean DEFAULT false NOT NULL,
	"answer" jsonb,
	"answered_on" date,
	"answered_by" text,
	"resolved_on" date,
	"declined_reason" text,
	"escalated_to_unit_id" integer,
	CONSTRAINT "follow_up_items_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "follow_up_events" ADD CONSTRAINT "follow_up_events_item_id_follow_up_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."follow_up_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD CONSTRAINT "follow_up_items_field_id_follow_up_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."follow_up_fields"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_events_item" ON "follow_up_events" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "follow_up_items_source" ON "follow_up_items" USING btree ("source_kind","source_id");--> statement-breakpoint
CREATE INDEX "follow_up_items_addressed" ON "follow_up_items" USING btree ("addressed_to_unit_id");--> statement-breakpoint
CREATE INDEX "follow_up_items_raised_by" ON "follow_up_items" USING btree ("raised_by_unit_id");--> statement-breakpoint
CREATE INDEX "follow_up_items_responsible" ON "follow_up_items" USING btree ("responsible_unit_id");--> statement-breakpoint
CREATE INDEX "follow_up_items_task" ON "follow_up_items" USING btree ("task_id");