/**
 * A bundle of its own (dist/userTemplates.js): the YAML reader weighs more than the rest of the
 * extension, and most writers never add templates, so it is loaded only when a template file exists.
 */
export { parseUserTemplate } from '../core/templates/userTemplate';
