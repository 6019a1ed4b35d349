CREATE TABLE "steering_committees" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"unit_id" integer NOT NULL,
	"names" jsonb NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"merged_into_id" integer,
	CONSTRAINT "steering_committees_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "steering_key_units" (
	"id" serial PRIMARY KEY NOT NULL,
	"committee_id" integer NOT NULL,
	"year" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "steering_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"committee_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"position" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
ALTER TABLE "steering_key_units" ADD CONSTRAINT "steering_key_units_committee_id_steering_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."steering_committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steering_members" ADD CONSTRAINT "steering_members_committee_id_steering_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."steering_committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "steering_key_units_committee_year" ON "steering_key_units" USING btree ("committee_id","year");--> statement-breakpoint
CREATE INDEX "steering_key_units_unit" ON "steering_key_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "steering_key_units_user" ON "steering_key_units" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "steering_members_committee" ON "steering_members" USING btree ("committee_id");--> statement-breakpoint
CREATE INDEX "steering_members_user" ON "steering_members" USING btree ("user_id");