// The scripts of a label, for registry reports (UAX #24 Script values).
import { getScript } from '@nomina/ucd';

/** ISO 15924 codes of the Script values in LABEL, in order of appearance, without Zyyy, Zinh and Zzzz. */
export function labelScripts(label: string): string[] {
  const scripts: string[] = [];
  for (const char of label) {
    const script = getScript(char.codePointAt(0)!);
    if (script !== 'Zyyy' && script !== 'Zinh' && script !== 'Zzzz' && !scripts.includes(script)) scripts.push(script);
  }
  return scripts;
}
