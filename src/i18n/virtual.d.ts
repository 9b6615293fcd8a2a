/** Catalogs compiled by scripts/catalogPlugin.ts (`<lang>` the first view's part, `<lang>/more` the rest). */
declare module "virtual:i18n-catalog/*" {
  import type { Messages } from "@lingui/core";
  const messages: Messages;
  export default messages;
}
