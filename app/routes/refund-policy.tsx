import { Container } from "../components/page";

export const meta = () => [
  { title: "Refund policy · Career Pivot" },
  { name: "description", content: "When and how Career Pivot refunds a Career Pivot Blueprint." },
];

export default function RefundPolicy() {
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold">Refund policy</h1>
      <div className="mt-6 space-y-4 text-lg leading-relaxed">
        <p>
          The Career Pivot Blueprint is digital content made from your own answers. Because we make and deliver it straight away, we ask you
          at checkout to agree to immediate delivery. Under the Consumer Contracts Regulations 2013 that means the usual 14-day right to
          cancel ends once your Blueprint has been delivered.
        </p>
        <h2 className="text-2xl font-bold">When we refund you in full</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>Your Blueprint has not reached you within two working days of payment.</li>
          <li>It is faulty: pages are missing, it does not open, or it is not about the answers you gave.</li>
          <li>You were charged more than once for the same result.</li>
          <li>You ask us before it has been delivered.</li>
        </ul>
        <h2 className="text-2xl font-bold">How to ask</h2>
        <p>
          Reply to your order confirmation email with your order reference. We answer within two working days, and refunds go back to the
          card you paid with; your bank may take 5–10 days to show it. A refunded Blueprint’s download link stops working.
        </p>
        <p>This does not affect your statutory rights.</p>
      </div>
    </Container>
  );
}
