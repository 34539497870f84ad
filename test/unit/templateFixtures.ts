import { deriveStatus } from '../../src/core/status';
import type { Contract } from '../../src/core/schema';
import type { TemplateContext } from '../../src/core/templates';
import { JST, NOW } from './fixtures';

export const WRITER = { name: '山田花子', signature: '山田花子（Webライター）' };

/** What a template is filled in from, for a contract as it stands at `now` (the fixtures' Tuesday by default). */
export function ctxFor(c: Contract, now = NOW, writer: TemplateContext['writer'] = WRITER): TemplateContext {
  return { status: deriveStatus(c, now, { utcOffsetMinutes: JST }), writer, utcOffsetMinutes: JST };
}
