import { data, Link } from "react-router";
import { getOutboxEmail, outboxEnabled } from "../staff/outbox.server";
import { requireStaff } from "../staff/auth.server";
import { refusePost, staffHeaders } from "../staff/route-helpers.server";
import type { Route } from "./+types/staff.outbox-email";

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStaff(request);
  if (!outboxEnabled()) throw data("Not found", { status: 404 });
  const email = await getOutboxEmail(params.id);
  if (!email) throw data("No such email in the outbox.", { status: 404 });
  return { email };
}

export const action = ({ request }: Route.ActionArgs) => refusePost(request);
export const headers = staffHeaders;
export const meta = () => [{ title: "Outbox email · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

export default function OutboxEmail({ loaderData }: Route.ComponentProps) {
  const { email } = loaderData;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p>
        <Link to="/staff/outbox" className="text-accent-strong underline">
          ← Outbox
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{email.subject}</h1>
      <dl className="mt-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">To</dt>
        <dd>{email.to}</dd>
        <dt className="font-semibold">Kind</dt>
        <dd>{email.kind}</dd>
        <dt className="font-semibold">Attachment</dt>
        <dd>
          {email.attachmentName ? (
            <a href={`/staff/outbox/${email.id}/attachment`} className="text-accent-strong underline">
              {email.attachmentName}
            </a>
          ) : (
            "none"
          )}
        </dd>
      </dl>
      <h2 className="mt-8 text-lg font-bold">As the recipient sees it</h2>
      {/* sandbox="": the email's HTML can neither run scripts nor reach this page. */}
      <iframe
        title="Email HTML"
        sandbox=""
        srcDoc={email.html ?? ""}
        className="mt-2 h-[36rem] w-full rounded-md border border-line bg-white"
      />
      <h2 className="mt-8 text-lg font-bold">Plain-text part</h2>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-md border border-line bg-surface p-4 text-sm">{email.text}</pre>
    </div>
  );
}
