/**
 * Everything Apps Script must see, and nothing else. The build wraps each
 * export in a top-level function (see src/entryPoints.ts for the list and JSDoc).
 */
export {
  SHINCHOKU_ACHIEVEMENT_RATIO,
  SHINCHOKU_CHECK_STATUS,
  SHINCHOKU_FISCAL_YEAR,
  SHINCHOKU_JUDGE,
  SHINCHOKU_PROGRESS_RATE,
  SHINCHOKU_STATUS_COUNTS,
  SHINCHOKU_WAREKI,
} from './gas/customFunctions';
export { digestSave, digestSendNow, digestState, digestTrigger } from './gas/digestEntry';
export { menuFreezeBaseline, menuRegenerate, menuSetUpTemplate, menuValidate, onInstall, onOpen } from './gas/menu';
export { onEdit } from './gas/onEdit';
export { reportModel, showReportDialog } from './gas/report';
export { menuRoundClose, menuRoundOpen, menuRoundStatus, roundClose, roundOpen, roundState, roundTrigger } from './gas/round';
export { showSidebar, sidebarProofread, sidebarRegenerate, sidebarSelectCell, sidebarState, sidebarValidate } from './gas/sidebar';
