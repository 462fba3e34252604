/** A round file is JSON; anything else the commands are given is taken for a workbook. */
export function isRoundFile(path: string): boolean {
  return /\.json$/i.test(path);
}
