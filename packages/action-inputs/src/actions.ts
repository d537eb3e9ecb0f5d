import { BACKUP_VERIFY } from './backup-verify.ts';
import { CERT_CHECK } from './cert-check.ts';
import type { ActionDefinition } from './definition.ts';
import { DEPLOY } from './deploy.ts';
import { REPORT } from './report.ts';
import { ROLLBACK } from './rollback.ts';
import { SMOKE_TEST } from './smoke-test.ts';
import { STATUS_CHECK } from './status-check.ts';
import { WATCHDOG } from './watchdog.ts';

/** Every action, by its directory under actions/. */
export const ACTIONS: readonly ActionDefinition[] = [SMOKE_TEST, CERT_CHECK, DEPLOY, ROLLBACK, BACKUP_VERIFY, STATUS_CHECK, REPORT, WATCHDOG];
