export type StaffRole = "admin" | "reviewer";

/** What each role may do. Reviewers look and decide on review; admins do everything. */
export const PERMISSIONS = {
  view: ["admin", "reviewer"],
  review: ["admin", "reviewer"],
  changeOwnPassword: ["admin", "reviewer"],
  operate: ["admin"], // regenerate, resend, retry, mark failed
  refund: ["admin"],
  finance: ["admin"], // revenue figures and the bookkeeper's order export
  manageStaff: ["admin"],
  manageCatalogue: ["admin"], // take one role's Blueprint off sale, or put it back
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
