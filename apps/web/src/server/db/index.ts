export { type ConnectOptions, connect, type Db, type DialectName } from './connect.js';
export { migrateToLatest } from './migrations.js';
export type { Database, Role } from './schema.js';
export { ROLES } from './schema.js';
