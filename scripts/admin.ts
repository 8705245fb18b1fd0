// The operator's commands (see docs/operations.md):
//   npm run admin -- reset-link EMAIL [--origin URL]    a one-time link to set a teacher's new password
// Uses DATABASE_PATH (default data/czytanka.db) and ORIGIN (default http://localhost:3000) like the app.
import { adminCli } from './cli/admin';
import { processIo } from './cli/io';

process.exitCode = adminCli(process.argv.slice(2), processIo);
