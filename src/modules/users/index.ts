/** Accounts, sessions and authentication. */
export { authRoutes } from './auth.routes';
export { usersRoutes } from './users.routes';
export { hashPassword } from './users.service';
export { findUserByUsername, findUserWithGrants, insertUser, replaceRoles } from './users.repository';
