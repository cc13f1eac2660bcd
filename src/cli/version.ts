// The package version, inlined at build time so `dist/cli.js` reports it wherever it runs.
import packageJson from '../../package.json' with { type: 'json' };

/** The version in package.json ("0.1.0"). */
export const VERSION: string = packageJson.version;
