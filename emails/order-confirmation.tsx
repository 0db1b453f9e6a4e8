import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, ReferencePanel, styles, UrlLink } from "./layout";

export type OrderConfirmationProps = {
  occupationTitle: string;
  amountPence: number;
  currency: "gbp";
  resultUrl: string;
  statusUrl: string;
  orderReference: string;
  refundPolicyUrl?: string;
};

export function formatAmount(amountPence: number, currency: "gbp"): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(amountPence / 100);
}

/** Sent as soon as the payment is confirmed, before the PDF exists, so the buyer is not left wondering. */
export function OrderConfirmationEmail(props: OrderConfirmationProps) {
  const amount = formatAmount(props.amountPence, props.currency);
  return (
    <EmailLayout preview={`Payment of ${amount} received. Your ${props.occupationTitle} blueprint is on its way.`}>
      <Heading as="h1" style={styles.heading}>
        Payment received
      </Heading>
      <Text style={styles.text}>
        Thank you. We have received your payment of <strong>{amount}</strong> for your Career Pivot Blueprint for{" "}
        <strong>{props.occupationTitle}</strong>.
      </Text>
      <Text style={styles.text}>
        Your Blueprint is being prepared now. It will arrive by email shortly, usually within a few minutes, as a PDF attachment.
      </Text>
      <Section style={{ margin: "0 0 16px" }}>
        <Button href={props.resultUrl} style={styles.button}>
          View your result
        </Button>
      </Section>
      <Text style={styles.small}>
        Order status: <UrlLink href={props.statusUrl} />
      </Text>
      <ReferencePanel orderReference={props.orderReference} />
      <Heading as="h2" style={styles.subheading}>
        About refunds
      </Heading>
      <Text style={styles.small}>
        The Blueprint is digital content that we start preparing straight after payment, with your consent, so it is delivered immediately.
        If something is wrong with it, reply to this email and we will put it right.
        {props.refundPolicyUrl ? (
          <>
            {" "}
            <Link href={props.refundPolicyUrl} style={styles.link}>
              Read our refund policy
            </Link>
            .
          </>
        ) : null}
      </Text>
    </EmailLayout>
  );
}

export default OrderConfirmationEmail;
