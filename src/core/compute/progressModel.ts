/**
 * The 進捗状況 figures of the summary: each year's activities by label and the 進捗率, each
 * perspective's projects added and ended, and each project's row. Part of the summary model
 * (model.ts); types only.
 */
import type { FiscalYear, YearRange } from '../base/fiscalYear';
import type { StatusCode } from '../contract/vocabulary';
import type { LabelShare, MeaningShare, YearCount } from './tableModel';

export interface ProgressRow {
  year: FiscalYear;
  projects: number;
  activities: number;
  /** Per standard meaning; labels sharing a meaning are added together. */
  counts: Record<StatusCode, number>;
  labels: LabelShare[];
  /** One per standard status meaning the plan's progress labels use, in the standard order (済 概ね順調 遅れ 未着手 休止). */
  meanings: MeaningShare[];
  progressing: number;
  rate: number | null;
  rateRounded: number | null;
  rateText: string;
}

export interface PerspectiveResults {
  perspective: number;
  name: string;
  projects: YearCount[];
  projectsTotal: number;
  added: YearCount[];
  addedTotal: number;
  ended: YearCount[];
  endedTotal: number;
}

export interface ProjectRow {
  code: string;
  name: string;
  perspective: number;
  /** The period as typed in short form (R2～R5), and its years (null when none or unreadable). */
  period: string;
  periodYears: YearRange | null;
  departments: string[];
  endYear: FiscalYear | null;
  endKind: 'ended' | 'suspended' | null;
  activeYears: FiscalYear[];
}
