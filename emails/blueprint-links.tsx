import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, styles, UrlLink } from "./layout";

export type BlueprintLinkItem = {
  occupationTitle: string;
  orderReference: string;
  /** The order's permanent download link; null while the Blueprint is still being made. */
  downloadUrl: string | null;
};

export type BlueprintLinksProps = { blueprints: BlueprintLinkItem[] };

/** "Resend my Blueprint": the download link of every paid order for the address that asked. */
export function BlueprintLinksEmail({ blueprints }: BlueprintLinksProps) {
  const plural = blueprints.length > 1;
  return (
    <EmailLayout
      preview={plural ? "The download links for your Career Pivot Blueprints." : "The download link for your Career Pivot Blueprint."}
    >
      <Heading as="h1" style={styles.heading}>
        {plural ? "Your Blueprints" : "Your Blueprint"}
      </Heading>
      <Text style={styles.text}>
        You asked us to send {plural ? "your Blueprints" : "your Blueprint"} again. Here {plural ? "they are" : "it is"}:
      </Text>
      {blueprints.map((b) => (
        <Section key={b.orderReference} style={{ margin: "0 0 20px" }}>
          <Text style={styles.text}>
            <strong>{b.occupationTitle}</strong> (order {b.orderReference})
          </Text>
          {b.downloadUrl ? (
            <>
              <Button href={b.downloadUrl} style={styles.button}>
                Download your Blueprint
              </Button>
              <Text style={styles.small}>
                <UrlLink href={b.downloadUrl} />
              </Text>
            </>
          ) : (
            <Text style={styles.small}>We are still preparing this Blueprint: we will email it to you as soon as it is ready.</Text>
          )}
        </Section>
      ))}
      <Text style={styles.small}>
        The links keep working, so keep this email. If you did not ask for it, you can ignore it: only this address receives these links.
      </Text>
    </EmailLayout>
  );
}

export default BlueprintLinksEmail;
