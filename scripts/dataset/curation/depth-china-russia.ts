/**
 * Depth (issue 14), continued: factors beyond the country for curated companies that otherwise carry only a
 * jurisdiction factor, merged by id through `withExposure` like ./depth.ts (whose severity scales apply here too).
 * Every fact cites its official publisher and was read there.
 */
import type { Factor } from '../../../utils/exposure/schema';

export const DEPTH_CHINA_RUSSIA: Readonly<Record<string, Factor[]>> = {};
