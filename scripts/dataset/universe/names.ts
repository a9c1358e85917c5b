import type { DraftCompany } from './model';
import type { BuildReport } from './report';

export function addNames(_companies: DraftCompany[], _report: BuildReport): void {}
