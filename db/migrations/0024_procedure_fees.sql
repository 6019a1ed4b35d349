CREATE TABLE "procedure_fees" (
	"procedure_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"fee" numeric(16, 2) NOT NULL,
	"online_fee" numeric(16, 2),
	"currency" text NOT NULL,
	CONSTRAINT "procedure_fees_pk" PRIMARY KEY("procedure_code","valid_from"),
	CONSTRAINT "procedure_fees_amounts" CHECK ("procedure_fees"."fee" >= 0 and ("procedure_fees"."online_fee" is null or "procedure_fees"."online_fee" between 0 and "procedure_fees"."fee")),
	CONSTRAINT "procedure_fees_currency" CHECK ("procedure_fees"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "dossier_times" ADD COLUMN "saving_sum" numeric(20, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "online_saving" numeric(16, 2);