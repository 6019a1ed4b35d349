CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"kind" text NOT NULL,
	"unit_id" integer NOT NULL,
	"year" integer NOT NULL,
	"period_from" date,
	"period_to" date,
	"issuing_body" text DEFAULT '' NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"document_date" date,
	"incomplete" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "task_cooperators" (
	"task_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "task_cooperators_task_id_unit_id_pk" PRIMARY KEY("task_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "task_deadline_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"from_deadline" date NOT NULL,
	"to_deadline" date NOT NULL,
	"changed_on" date NOT NULL,
	"reason" text NOT NULL,
	"actor" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"update_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"task_id" integer NOT NULL,
	"kind" text NOT NULL,
	"percent" smallint,
	"note" text DEFAULT '' NOT NULL,
	"completed_on" date,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"area" text NOT NULL,
	"owner_unit_id" integer NOT NULL,
	"supervisor_user_id" integer,
	"is_key" boolean DEFAULT false NOT NULL,
	"assigned_on" date NOT NULL,
	"start_date" date,
	"original_deadline" date NOT NULL,
	"expected_output" text DEFAULT '' NOT NULL,
	"percent" smallint DEFAULT 0 NOT NULL,
	"reported_completed_on" date,
	"completed_on" date
);
--> statement-breakpoint
CREATE TABLE "blobs" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "task_cooperators" ADD CONSTRAINT "task_cooperators_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_deadline_changes" ADD CONSTRAINT "task_deadline_changes_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_evidence" ADD CONSTRAINT "task_evidence_update_id_task_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."task_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_deadline_changes_task" ON "task_deadline_changes" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_updates_task" ON "task_updates" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_plan_code" ON "tasks" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "tasks_owner" ON "tasks" USING btree ("owner_unit_id");--> statement-breakpoint
CREATE INDEX "tasks_deadline" ON "tasks" USING btree ("original_deadline");