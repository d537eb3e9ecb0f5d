#!/usr/bin/env node
import { cliCanRun } from '@runbook/node-check';

if (cliCanRun()) await import('../../../dist/cli/index.js');
