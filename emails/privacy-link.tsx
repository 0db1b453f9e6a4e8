import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, styles, UrlLink } from "./layout";

export type PrivacyLinkProps = { action: "export" | "delete"; confirmUrl: string; validHours: number };

/** The only way to act on someone's data by email address: a link sent to that address. */
export function PrivacyLinkEmail({ action, confirmUrl, validHours }: PrivacyLinkProps) {
  const what = action === "export" ? "download a copy of the data we hold about you" : "delete the data we hold about you";
  return (
    <EmailLayout preview={`Confirm your request to ${what}.`}>
      <Heading as="h1" style={styles.heading}>
        Confirm your request
      </Heading>
      <Text style={styles.text}>Someone — hopefully you — asked to {what} at Career Pivot. To go ahead, open this link:</Text>
      <Section style={{ margin: "0 0 16px" }}>
        <Button href={confirmUrl} style={styles.button}>
          {action === "export" ? "Download my data" : "Review and delete my data"}
        </Button>
      </Section>
      <Text style={styles.small}>
        The link works for {validHours} hours. If you did not ask for this, ignore this email: nothing happens without the link.
      </Text>
      <UrlLink href={confirmUrl} />
    </EmailLayout>
  );
}
