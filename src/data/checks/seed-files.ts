/*
 * Which files of seeds/ are datasets: the JSON files, except the JSON
 * Schemas written beside them for editors. The one rule for the build, the
 * server, the command line, the watcher and the mocked API.
 */
export function isDatasetFile(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json');
}
