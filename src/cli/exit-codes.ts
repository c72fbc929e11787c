/** The exit codes of every xks-planner command. */
export const exitCodes = { clean: 0, errorFindings: 1, unusable: 2 } as const;
