import { afterEach, describe, expect, it } from "vitest";
import { parseEnv, type Env } from "../../lib/env";
import { clearSingleton, singleton } from "../../lib/singleton";
import { PaymentsUnavailableError } from "./gateway-contract";
import { paymentsGateway } from "./gateway.server";
import { webhookSecret } from "./stripe.server";
import { paySimulatedSession } from "./simulator-actions.server";
import { findSimulatedSession, simulatorEnabled } from "./simulator.server";

// Production refuses to start without Stripe keys (lib/env.ts); this is the second line of
// defence, for a process that got past it somehow: the simulator must still take nobody's "payment".
function useEnv(env: Env) {
  for (const name of ["env", "paymentsGateway"]) clearSingleton(name);
  singleton("env", () => env);
}

const development = () => parseEnv({ NODE_ENV: "development", DATA_DIR: "/nonexistent" });
const keylessProduction = (): Env => ({ ...development(), mode: "production", isProduction: true, stripeTestMode: false });

afterEach(() => {
  for (const name of ["env", "paymentsGateway"]) clearSingleton(name);
});

describe("the checkout simulator", () => {
  it("is the gateway in development without a Stripe key", () => {
    useEnv(development());
    expect(simulatorEnabled()).toBe(true);
    expect(paymentsGateway().mode).toBe("simulator");
  });

  it("is never the gateway, never signs webhooks and serves no session in production, even without keys", async () => {
    useEnv(keylessProduction());
    expect(simulatorEnabled()).toBe(false);
    expect(() => paymentsGateway()).toThrow(PaymentsUnavailableError);
    expect(() => webhookSecret()).toThrow(/STRIPE_WEBHOOK_SECRET/);
    const id = "cs_test_sim_AAAAAAAAAAAAAAAAAAAAAAAA";
    expect(await findSimulatedSession(id)).toBeNull();
    expect(await paySimulatedSession(id, "free@example.com")).toEqual({ error: "This test checkout does not exist.", status: 404 });
  });
});
