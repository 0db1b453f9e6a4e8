CREATE TYPE "public"."occupation_origin" AS ENUM('curated', 'imported');--> statement-breakpoint
CREATE TYPE "public"."pivot_kind" AS ENUM('adjacent', 'cross-domain');--> statement-breakpoint
CREATE TYPE "public"."risk_level" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TABLE "occupation_pivots" (
	"occupation_id" integer NOT NULL,
	"rank" integer NOT NULL,
	"target_id" integer NOT NULL,
	"kind" "pivot_kind" NOT NULL,
	"match_percent" integer NOT NULL,
	"rank_score" real NOT NULL,
	"skills_held" text[] NOT NULL,
	"skills_needed" text[] NOT NULL,
	CONSTRAINT "occupation_pivots_occupation_id_rank_pk" PRIMARY KEY("occupation_id","rank")
);
--> statement-breakpoint
CREATE TABLE "occupation_skills" (
	"occupation_id" integer NOT NULL,
	"skill" text NOT NULL,
	"importance" integer NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "occupation_skills_occupation_id_skill_pk" PRIMARY KEY("occupation_id","skill"),
	CONSTRAINT "occupation_skills_importance_range" CHECK ("occupation_skills"."importance" between 0 and 100),
	CONSTRAINT "occupation_skills_level_range" CHECK ("occupation_skills"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "occupation_tasks" (
	"occupation_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"risk" "risk_level" NOT NULL,
	"exposure" integer NOT NULL,
	"ai_tools" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "occupation_tasks_occupation_id_position_pk" PRIMARY KEY("occupation_id","position"),
	CONSTRAINT "occupation_tasks_exposure_range" CHECK ("occupation_tasks"."exposure" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "occupations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"plural_title" text NOT NULL,
	"sector" text NOT NULL,
	"soc_code" text,
	"origin" "occupation_origin" NOT NULL,
	"alternate_titles" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text NOT NULL,
	"exposure_score" integer NOT NULL,
	"content" jsonb NOT NULL,
	"content_updated_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "occupations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "occupations_exposure_range" CHECK ("occupations"."exposure_score" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "occupation_pivots" ADD CONSTRAINT "occupation_pivots_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_pivots" ADD CONSTRAINT "occupation_pivots_target_id_occupations_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_skills" ADD CONSTRAINT "occupation_skills_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_tasks" ADD CONSTRAINT "occupation_tasks_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_pivots_target_idx" ON "occupation_pivots" USING btree ("target_id");--> statement-breakpoint
CREATE INDEX "occupations_exposure_idx" ON "occupations" USING btree ("exposure_score");