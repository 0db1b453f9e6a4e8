import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";

export type StaffAlertKind = "at_risk" | "breached" | "failed";

export type StaffAlertProps = {
  kind: StaffAlertKind;
  orderReference: string;
  status: string;
  /** London time, already formatted. */
  dueAt: string | null;
  orderUrl: string;
};

export const ALERT_HEADLINE: Record<StaffAlertKind, string> = {
  at_risk: "at risk: four working hours or less before its due time",
  breached: "past its due time",
  failed: "failed",
};

/**
 * To staff only: the order's reference and state, and the console link — never the buyer's details
 * or the last error (a provider's error can quote the buyer's address).
 */
export function StaffAlertEmail(props: StaffAlertProps) {
  return (
    <EmailLayout preview={`Order ${props.orderReference} is ${ALERT_HEADLINE[props.kind]}.`}>
      <Heading as="h1" style={styles.heading}>
        Order {props.orderReference} is {ALERT_HEADLINE[props.kind]}
      </Heading>
      <Text style={styles.text}>
        Status: <strong>{props.status}</strong>
        {props.dueAt ? (
          <>
            <br />
            Due: {props.dueAt}
          </>
        ) : null}
      </Text>
      <Section style={{ margin: "0 0 16px" }}>
        <Button href={props.orderUrl} style={styles.button}>
          Open the order
        </Button>
      </Section>
    </EmailLayout>
  );
}

export default StaffAlertEmail;
