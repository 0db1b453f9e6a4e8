import { data, Link } from "react-router";
import { listOutbox, outboxEnabled } from "../staff/outbox.server";
import { requireStaff } from "../staff/auth.server";
import { refusePost, staffHeaders } from "../staff/route-helpers.server";
import { ScrollBox } from "../staff/ui";
import type { Route } from "./+types/staff.outbox";

export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request);
  if (!outboxEnabled()) throw data("Not found", { status: 404 });
  return { emails: await listOutbox() };
}

export const action = ({ request }: Route.ActionArgs) => refusePost(request);
export const headers = staffHeaders;
export const meta = () => [{ title: "Local outbox · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

export default function Outbox({ loaderData }: Route.ComponentProps) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">Local outbox</h1>
      <p className="mt-2 max-w-3xl text-muted">
        No email provider is configured (RESEND_API_KEY is unset), so emails are kept here instead of being sent. Newest first.
      </p>
      {loaderData.emails.length === 0 ? (
        <p className="mt-6">Nothing has been sent yet.</p>
      ) : (
        <ScrollBox label="Outbox" className="mt-6">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Sent
                </th>
                <th scope="col" className="py-2 pr-4">
                  To
                </th>
                <th scope="col" className="py-2 pr-4">
                  Subject
                </th>
                <th scope="col" className="py-2 pr-4">
                  Attachment
                </th>
              </tr>
            </thead>
            <tbody>
              {loaderData.emails.map((e) => (
                <tr key={e.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {new Date(e.createdAt).toLocaleString("en-GB", { timeZone: "Europe/London" })}
                  </td>
                  <td className="py-2 pr-4">{e.to}</td>
                  <td className="py-2 pr-4">
                    <Link to={`/staff/outbox/${e.id}`} className="font-semibold text-accent-strong underline">
                      {e.subject}
                    </Link>
                    {e.status !== "sent" ? <span className="ml-2 text-risk-high">({e.status})</span> : null}
                  </td>
                  <td className="py-2 pr-4">
                    {e.attachmentName ? (
                      <a href={`/staff/outbox/${e.id}/attachment`} className="text-accent-strong underline">
                        {e.attachmentName}
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </div>
  );
}
