import { Link, redirect } from "react-router";
import { Container } from "../components/page";
import { cancelledCheckoutReturn } from "../payments/checkout-return.server";
import type { Route } from "./+types/checkout-cancelled";

export async function loader({ request }: Route.LoaderArgs) {
  const back = await cancelledCheckoutReturn(new URL(request.url).searchParams.get("order"), request.headers.get("Cookie"));
  if (back) throw redirect(back, 303);
  return null;
}

export const headers = () => ({ "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" });

export const meta = () => [{ title: "Checkout cancelled · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

export default function CheckoutCancelled() {
  return (
    <Container className="py-10">
      <h1 className="text-3xl font-bold">Checkout cancelled</h1>
      <div role="status" className="mt-4 max-w-2xl space-y-3 text-lg">
        <p>You have not been charged.</p>
        <p>To try again, open your result from the private link you saved (or the email we sent you) and press “Get your Blueprint”.</p>
      </div>
      <p className="mt-6">
        <Link to="/occupations" className="font-semibold text-accent-strong underline">
          Browse the occupation reports
        </Link>
      </p>
    </Container>
  );
}
