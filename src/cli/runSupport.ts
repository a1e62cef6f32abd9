/** What both commands share: the streams they write to, the command line's settings layer. */
import type { ReadError } from "../files/readError";
import type { CheckArgs, FixArgs, Lang } from "./args";
import type { ProgressStream } from "./progress";
import { layerSettings, readSettingsFile, strictLayer, type SettingsLayer } from "./settingsLayers";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: ProgressStream;
}

/** --settings under --strict, judged; null (after saying why) when the settings file is unusable. */
export function cliSettings(args: CheckArgs | FixArgs, io: Io): SettingsLayer | null {
  if (args.settingsPath === null) return strictLayer(args.strict);
  const read = readSettingsFile(args.settingsPath);
  if (!read.ok) {
    io.stderr.write(`ziping: ${read.message}\n`);
    return null;
  }
  for (const p of read.layer.problems) io.stderr.write(`ziping: 警告 / warning: ${args.settingsPath}: ${p}\n`);
  return layerSettings(read.layer.values, strictLayer(args.strict));
}

/** A one-line reason in the language asked for. */
export function message(e: ReadError | null, lang: Lang): string | null {
  return e === null ? null : lang === "en" ? e.en : e.zh;
}
