ALTER TYPE "public"."email_kind" ADD VALUE 'resend';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE 'staff_alert';--> statement-breakpoint
CREATE TABLE "email_pacing" (
	"provider" text PRIMARY KEY NOT NULL,
	"next_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_alerts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "staff_alerts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_alerts_kind" CHECK ("staff_alerts"."kind" in ('at_risk', 'breached', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "staff_alerts" ADD CONSTRAINT "staff_alerts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_alerts_order_kind_idx" ON "staff_alerts" USING btree ("order_id","kind");--> statement-breakpoint
CREATE INDEX "staff_alerts_created_idx" ON "staff_alerts" USING btree ("created_at");