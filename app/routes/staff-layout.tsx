import { Outlet } from "react-router";
import { outboxEnabled } from "../staff/outbox.server";
import { requireStaff } from "../staff/auth.server";
import { StaffNav } from "../staff/ui";
import type { Route } from "./+types/staff-layout";

export async function loader({ request }: Route.LoaderArgs) {
  const staff = await requireStaff(request);
  return { staff: { name: staff.name, email: staff.email, role: staff.role }, outbox: outboxEnabled() };
}

export default function StaffLayout({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <StaffNav staff={loaderData.staff} outbox={loaderData.outbox} />
      <Outlet />
    </>
  );
}
