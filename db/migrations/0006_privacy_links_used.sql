CREATE TABLE "privacy_links_used" (
	"nonce_hash" text PRIMARY KEY NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL
);
