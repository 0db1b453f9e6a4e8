import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, ReferencePanel, styles, UrlLink } from "./layout";

export type BlueprintDeliveryProps = {
  occupationTitle: string;
  downloadUrl: string;
  resultUrl: string;
  orderReference: string;
  pageCount: number;
  /** "Resend my Blueprint": where to get the links again if this email goes missing. */
  resendUrl?: string;
};

/** Carries the PDF itself; the download link is the fallback when a mail server strips attachments. */
export function BlueprintDeliveryEmail(props: BlueprintDeliveryProps) {
  return (
    <EmailLayout preview={`Your ${props.pageCount}-page Career Pivot Blueprint for ${props.occupationTitle} is attached.`}>
      <Heading as="h1" style={styles.heading}>
        Your Blueprint is ready
      </Heading>
      <Text style={styles.text}>
        Your personalised {props.pageCount}-page Career Pivot Blueprint for <strong>{props.occupationTitle}</strong> is attached to this
        email as a PDF.
      </Text>
      <Section style={{ margin: "0 0 16px" }}>
        <Button href={props.downloadUrl} style={styles.button}>
          Download your Blueprint
        </Button>
      </Section>
      <Text style={styles.small}>
        The link keeps working, so you can download the PDF again later.
        {props.resendUrl ? (
          <>
            {" "}
            Lost this email? Ask for the link again at <UrlLink href={props.resendUrl} />
          </>
        ) : null}
      </Text>
      <Heading as="h2" style={styles.subheading}>
        What is inside
      </Heading>
      <Text style={styles.text}>
        The skills you already have that transfer, the gaps to close, and salary data for the roles you could move into.
        <br />A 90-day action plan, step by step, with named employers that hire for those roles.
      </Text>
      <Text style={styles.small}>
        Your result: <UrlLink href={props.resultUrl} />
      </Text>
      <ReferencePanel orderReference={props.orderReference} />
    </EmailLayout>
  );
}

export default BlueprintDeliveryEmail;
