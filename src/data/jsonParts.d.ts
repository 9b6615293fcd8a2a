/** The built-in data's two parts (scripts/dataPartsPlugin.ts, src/data/builtInParts.ts). */
declare module "*.json?part=chart" {
  const part: unknown;
  export default part;
}
declare module "*.json?part=details" {
  const part: unknown;
  export default part;
}
