/**
 * The codicons the checklist uses. The build copies only these rules out of @vscode/codicons'
 * stylesheet (34 KB for all of them), and fails if a name here is not a codicon.
 */
export const ICON_NAMES = [
  'mail',
  'report',
  'circle-slash',
  'link-external',
  'debug-step-over',
  'warning',
  'pass',
  'circle-large-outline',
  'arrow-up',
  'arrow-down',
  'history',
] as const;
export type IconName = (typeof ICON_NAMES)[number];
