export async function registerCommand(..._a: unknown[]): Promise<number> {
  return 2;
}
