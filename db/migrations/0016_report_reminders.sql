ALTER TABLE "notifications" ALTER COLUMN "task_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "report" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_report_once" ON "notifications" USING btree ("user_id",("report"->>'round'),("report"->>'unit'),"kind","deadline") WHERE "notifications"."report" is not null;