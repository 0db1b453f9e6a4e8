-- orders.reference is a stored generated column: adding it computes it for every existing order
-- (the backfill), under a brief table rewrite. Old 8-digit references are its prefix.
CREATE TABLE "staff_lookup_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "staff_lookup_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"actor" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "reference" text GENERATED ALWAYS AS ('CP-' || upper(left("id"::text, 13))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "staff_lookup_events_created_idx" ON "staff_lookup_events" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_reference_idx" ON "orders" USING btree ("reference" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_email_lower_idx" ON "orders" USING btree (lower("email"));