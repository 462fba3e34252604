/** Options of the chain commands (forward, register, batches, export --csv), added to the CLI's lists. */
export const CHAIN_VALUED = ["register", "decision", "before"] as const;
export const CHAIN_SWITCHES = ["returned", "csv"] as const;

export const CHAIN_USAGE = `  ocop validate|compute W1.xlsx W2.xlsx…|FOLDER [--json]
                                                    many workbooks: one line each and a total; exit status
                                                    the worst; --json prints an array of ocop-result/1
  ocop export W.xlsx --csv [--out LIST.csv]         the result list as CSV (UTF-8 with BOM)
  ocop forward RESULT.xlsx…|FOLDER --out NEXT.xlsx [--level province|national] [--council NAME]
            [--date YYYY-MM-DD] [--version V] [--members M.csv] [--force]
                                                    the next level's round from computed results: products
                                                    sent up, with where they came from; duplicates flagged
  ocop forward CENTRAL.xlsx --returned --out BACK.xlsx|BACK.csv
                                                    products the central council returns to the province
  ocop register add RESULT.xlsx --register SO.xlsx --decision "Số …/QĐ-UBND" --date YYYY-MM-DD
                                                    add the products this level recognised to the register
  ocop register due SO.xlsx [--before YYYY-MM-DD] [--round NEXT.xlsx] [--force]
                                                    certificates lapsing before the date (default: in 180
                                                    days); --round starts a renewal round with them
  forward and register exit 1 when a file is refused (no result, stale, another version, a round
  already in the register) and 2 when a file cannot be read`;
