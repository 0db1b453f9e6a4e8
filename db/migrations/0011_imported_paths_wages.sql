CREATE TYPE "public"."pivot_horizon" AS ENUM('pivot', 'long-term', 'step-down');--> statement-breakpoint
ALTER TABLE "occupation_pivots" ADD COLUMN "horizon" "pivot_horizon" DEFAULT 'pivot' NOT NULL;--> statement-breakpoint
ALTER TABLE "occupation_pivots" ADD COLUMN "task_similarity" integer;--> statement-breakpoint
ALTER TABLE "occupation_pivots" ADD COLUMN "pay_ratio" real;--> statement-breakpoint
ALTER TABLE "occupation_pivots" ADD COLUMN "job_zone_step" integer;--> statement-breakpoint
ALTER TABLE "occupation_pivots" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "job_zone" integer;--> statement-breakpoint
ALTER TABLE "occupations" ADD COLUMN "us_wages" jsonb;--> statement-breakpoint
ALTER TABLE "occupations" ADD CONSTRAINT "occupations_job_zone_range" CHECK ("occupations"."job_zone" between 1 and 5);