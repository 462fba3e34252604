/** Options of the chain commands (forward, register, batches, export --csv), added to the CLI's lists. */
export const CHAIN_VALUED = ["register", "decision", "before"] as const;
export const CHAIN_SWITCHES = ["returned", "csv"] as const;
