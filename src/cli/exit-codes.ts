/**
 * The exit codes of every xks-planner command. `check` exits `notReady` for a Blocked or
 * Incomplete plan; the other commands for a plan with error findings (the same number).
 */
export const exitCodes = { clean: 0, errorFindings: 1, notReady: 1, unusable: 2 } as const;
