/** What the package writer is given and answers: the generated parts, the result, and a marked sheet kept as the user's. */
import type { Grid } from '../../core/present/grid';

export interface GeneratedPart {
  /** summary or problems: the mark's suffix and the part's file name. */
  kind: string;
  /** The sheet name wanted (集計); taken as 集計 (2) when a sheet of the user's has it. */
  wanted: string;
  grid: Grid;
}

/** A sheet with a mark of ours that was not replaced, and why. */
export interface KeptSheet {
  /** The generated part (summary, problems) the mark was for. */
  kind: string;
  sheet: string;
  /**
   * renamed: what we wrote, under a name the user gave it; changed: our part, its values edited;
   * unverified: not as we write a generated sheet (a mark from an older version, or a forged one).
   */
  reason: 'renamed' | 'changed' | 'unverified';
  /** What to tell the user, one line, Japanese then English. */
  message: string;
}

/** The line that tells the user a marked sheet was kept; the sheet's name without control characters (it is the workbook's text). */
export function keptMessage(sheet: string, reason: KeptSheet['reason']): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: C0 and C1 controls must not reach a terminal
  const name = sheet.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  switch (reason) {
    case 'renamed':
      return `シート「${name}」は以前に生成したシートの名前を変えたものなので、置き換えずに残しました / Sheet "${name}" is a generated sheet renamed to keep it: kept as it is.`;
    case 'changed':
      return `シート「${name}」は以前に生成したシートですが、値が変えられているため、置き換えずに残しました / Sheet "${name}" was generated earlier but its values were changed: kept as it is.`;
    default:
      return `シート「${name}」には生成シートの印がありますが、生成したときのままか確かめられないため、置き換えずに残しました / Sheet "${name}" carries a generated-sheet mark but cannot be verified as ours: kept as it is.`;
  }
}

export interface PackageOutcome {
  bytes: Buffer;
  /** The names the generated sheets got, in order. */
  names: string[];
  /** Sheets carrying a mark of ours that were kept as the user's, in the order met. */
  kept: KeptSheet[];
}
