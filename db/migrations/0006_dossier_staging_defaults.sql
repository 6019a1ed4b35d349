ALTER TABLE "dossier_staging" ALTER COLUMN "e_result" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "dossier_staging" ALTER COLUMN "digitised" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "dossier_staging" ALTER COLUMN "reused_data" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "dossier_staging" ALTER COLUMN "citizen_data" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "dossier_staging" ALTER COLUMN "fee_required" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "dossier_staging" ALTER COLUMN "paid_online" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "dossier_staging" ALTER COLUMN "complaint" SET DEFAULT false;