/**
 * Companies a reader of world markets news meets daily, or that the official lists in ../shared/data name, that were
 * listing-only before (issue 14). Where the company is in the listed universe it keeps its universe id, so that
 * watchlist entries made while it was listing-only stay valid.
 */
import type { Curated } from './dsl';

export const MAJORS: Curated[] = [];
