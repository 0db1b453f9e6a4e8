import { getEnv } from "../../lib/env";
import { singleton } from "../../lib/singleton";
import { PaymentsUnavailableError, type PaymentsGateway } from "./gateway-contract";
import { createSimulatorGateway } from "./simulator-gateway.server";
import { createStripeGateway, stripeClient } from "./stripe.server";

/** The process's gateway: Stripe when a key is configured, else (never in production) the local simulator. */
export function paymentsGateway(): PaymentsGateway {
  return singleton("paymentsGateway", () => {
    const env = getEnv();
    if (env.stripeSecretKey) return createStripeGateway(stripeClient());
    // lib/env.ts already refuses to start like this; if it ever did, nobody may "pay" for free.
    if (env.isProduction)
      throw new PaymentsUnavailableError("production has no STRIPE_SECRET_KEY; the checkout simulator never runs there");
    return createSimulatorGateway();
  });
}
