/**
 * Depth (issue 14), for the finance, health, energy and telecom revenue targets that carry only a country factor: what acts on them beyond their revenue —
 * a government's probe or ban, a trade measure, a forced exit — merged by id through `withExposure` like ./depth.ts,
 * on the curator scales (scripts/dataset/lib/severity-scales.ts). Every fact cites its official publisher and was read
 * there. Revenue shares are in ./revenue/.
 */
import type { Factor } from '../../../utils/exposure/schema';

export const DEPTH_FINANCE_HEALTH: Readonly<Record<string, Factor[]>> = {};
