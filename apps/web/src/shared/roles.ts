// Who may do what, in one place: the server's routes check it, the client's pages read it to
// show or hide a control. A page never lists roles itself (shared/roles.test.ts looks).

export const ROLES = ['admin', 'secretary', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The roles allowed each kind of action. */
export const CAN = {
  read: ['admin', 'secretary', 'member', 'viewer'],
  edit: ['admin', 'secretary'],
  comment: ['admin', 'secretary', 'member'],
  administer: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof CAN;

/**
 * Whether a user (or nobody signed in) may do an action.
 *
 * @example
 * can(session.user, 'edit') // true for an administrator or a secretary
 */
export function can(user: { role: Role } | null | undefined, action: Action): boolean {
  return user != null && (CAN[action] as readonly Role[]).includes(user.role);
}

/** The role a new account starts with: the least one. */
export const NEW_ACCOUNT_ROLE: Role = 'viewer';

/** A role from a form's value, or undefined when the value is none. */
export const roleOf = (value: string): Role | undefined => ROLES.find((r) => r === value);
