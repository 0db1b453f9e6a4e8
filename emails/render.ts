import { createElement, type ReactElement } from "react";
import { render } from "@react-email/render";
import { BlueprintLinksEmail, type BlueprintLinksProps } from "./blueprint-links";
import { ALERT_HEADLINE, StaffAlertEmail, type StaffAlertProps } from "./staff-alert";
import { BlueprintDeliveryEmail, type BlueprintDeliveryProps } from "./blueprint-delivery";
import { OrderConfirmationEmail, type OrderConfirmationProps } from "./order-confirmation";
import { PrivacyLinkEmail, type PrivacyLinkProps } from "./privacy-link";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Subjects are a header, not HTML: React's escaping does not reach them, so line breaks are folded here. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

async function renderBoth(element: ReactElement, subject: string): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: oneLine(subject), html, text };
}

export function renderOrderConfirmation(props: OrderConfirmationProps): Promise<RenderedEmail> {
  return renderBoth(
    createElement(OrderConfirmationEmail, props),
    `Payment received — your Career Pivot Blueprint for ${props.occupationTitle}`,
  );
}

export function renderBlueprintDelivery(props: BlueprintDeliveryProps): Promise<RenderedEmail> {
  return renderBoth(createElement(BlueprintDeliveryEmail, props), `Your Career Pivot Blueprint: ${props.occupationTitle} (PDF attached)`);
}

export function renderPrivacyLink(props: PrivacyLinkProps): Promise<RenderedEmail> {
  return renderBoth(
    createElement(PrivacyLinkEmail, props),
    props.action === "export" ? "Confirm: download your Career Pivot data" : "Confirm: delete your Career Pivot data",
  );
}

export function renderBlueprintLinks(props: BlueprintLinksProps): Promise<RenderedEmail> {
  return renderBoth(
    createElement(BlueprintLinksEmail, props),
    props.blueprints.length > 1 ? "Your Career Pivot Blueprints: download links" : "Your Career Pivot Blueprint: download link",
  );
}

export function renderStaffAlert(props: StaffAlertProps): Promise<RenderedEmail> {
  return renderBoth(
    createElement(StaffAlertEmail, props),
    `[Career Pivot] Order ${props.orderReference} ${ALERT_HEADLINE[props.kind].split(":")[0]}`,
  );
}
