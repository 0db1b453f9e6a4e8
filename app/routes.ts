import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("occupations", "routes/occupations.tsx"),
  route("occupations/:slug", "routes/occupation-report.tsx"),
  route("assessment", "routes/assessment.tsx"),
  route("assessment/experience", "routes/assessment.experience.tsx"),
  route("assessment/tasks", "routes/assessment.tasks.tsx"),
  route("assessment/skills", "routes/assessment.skills.tsx"),
  route("assessment/goals", "routes/assessment.goals.tsx"),
  route("results/:token", "routes/result.tsx"),
  route("checkout/success", "routes/checkout-success.tsx"),
  route("checkout/simulator/:sessionId", "routes/checkout-simulator.tsx"),
  route("webhooks/stripe", "routes/webhooks.stripe.ts"),
  route("blueprints/:token", "routes/blueprint-download.ts"),
  route("outbox", "routes/outbox.tsx"),
  route("outbox/:id", "routes/outbox-email.tsx"),
  route("outbox/:id/attachment", "routes/outbox-attachment.ts"),
  route("refund-policy", "routes/refund-policy.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("readyz", "routes/readyz.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
