import { LOCALES } from '../../src/core/i18n';
import { builtinTemplates, fitsContract, renderTemplate, segmentsToText } from '../../src/core/templates';
import { NOW } from './fixtures';
import { MATRIX, matrixContract } from './matrixContracts';
import { ctxFor } from './templateFixtures';

/**
 * Every built-in, rendered for the matrix contract of each platform and stage where it fits, in
 * both languages: `<platform>/<stage>.<template>.<locale>.txt` → the message as Copy gives it.
 * test/golden holds these files, so any change of wording shows as a readable diff in review;
 * `npm run golden` writes them again.
 */
export function goldenRenders(): Map<string, string> {
  const files = new Map<string, string>();
  for (const { platform, stage } of MATRIX) {
    const c = matrixContract(platform, stage);
    for (const locale of LOCALES) {
      for (const template of builtinTemplates(locale)) {
        if (!fitsContract(template, c)) {
          continue;
        }
        const rendered = renderTemplate(template, ctxFor(c, NOW));
        if (!rendered.ok) {
          throw new Error(`${template.id} does not render`);
        }
        files.set(`${platform}/${stage}.${template.id}.${locale}.txt`, segmentsToText(rendered.segments, locale));
      }
    }
  }
  return files;
}
