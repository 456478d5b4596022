/** The benchmark scripts' command line: `--name` flags and `--name value` options. */
const args = process.argv.slice(2);

export const commandLine = args;
export const flag = (name: string): boolean => args.includes(`--${name}`);
export const option = (name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
