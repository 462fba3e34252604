import { join } from "path";
import { main } from "../../src/cli/main";

export const ROUNDS = join(__dirname, "../fixtures/rounds");
export const round = (name: string): string => join(ROUNDS, name);

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `ocop …` in-process, capturing what it writes. The language comes from --lang or OCOP_LANG. */
export async function ocop(...argv: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: { write: (text: string) => (out += text) },
    err: { write: (text: string) => (err += text) },
  });
  return { code, out, err };
}
