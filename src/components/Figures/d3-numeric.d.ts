/** `d3-scale/numeric`: d3-scale again, as Figures' own copy (the alias in vite.config.ts). */
declare module "d3-scale/numeric" {
  export { scaleLinear, scaleLog } from "d3-scale";
}
