/**
 * The annual round (照会・取りまとめ), pure: the rows of a year and their identity (rows.ts), each
 * department's requests (requests.ts) and its completion (completion.ts). The add-on (src/gas) and the
 * command line (src/cli/round.ts) call these; neither decides who is asked for what.
 */
export * from './addresses';
export * from './addressNotes';
export * from './completion';
export * from './departmentNames';
export * from './fixedPlan';
export * from './merge';
export * from './mergeAnswer';
export * from './mergeChecks';
export * from './mergeFile';
export * from './mergeRows';
export * from './mergeText';
export * from './mergeTypes';
export * from './mergeValue';
export * from './requestSheet';
export * from './requests';
export * from './roundDates';
export * from './rows';
