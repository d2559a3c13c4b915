import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { type Config, ConfigError, parseConfigText } from "../core/config";

/** Reads and validates a config file; relative paths in it resolve against the file's folder. */
export async function loadConfigFile(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(path, [
      `(file): cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    ]);
  }
  const folder = dirname(resolve(path));
  return parseConfigText(text, path, (p) => (isAbsolute(p) ? p : resolve(folder, p)));
}
