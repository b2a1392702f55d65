declare const __DIEMMAC_VERSION__: string | undefined;

/** The package version, written in at build time. */
export const VERSION: string = typeof __DIEMMAC_VERSION__ === 'string' ? __DIEMMAC_VERSION__ : '0.0.0-dev';

/** Where editors find the schema of this version: `dist/supervision.schema.json` of the package. */
export const SCHEMA_URL = `https://unpkg.com/diemmac@${VERSION}/dist/supervision.schema.json`;
