import * as assert from 'node:assert/strict';
import { literalLabel, literalMessage, withoutAutolinks } from '../../src/core/literalText';

/** The pattern VS Code turns into an icon, and the one notifications turn into a link. */
const ICON = /\$\([a-z0-9-]+(?:~[a-z-]+)?\)/i;
const LINK = /\[[^\]]+\]\((?:https?:|command:|file:)[^)\s]+\)/;
const visible = (text: string): string => text.replace(/\u200B/g, '');

describe('contract text shown literally', () => {
  it('keeps $(alert) from becoming an icon, while it reads the same (regression)', () => {
    const shown = literalLabel('返信 $(alert) 至急 $(loading~spin)');
    assert.doesNotMatch(shown, ICON);
    assert.equal(visible(shown), '返信 $(alert) 至急 $(loading~spin)');
  });

  it('keeps [text](command:…) from becoming a link in a notification', () => {
    const shown = literalMessage('id "[Open](command:workbench.action.quit)" $(x)');
    assert.doesNotMatch(shown, LINK);
    assert.doesNotMatch(shown, ICON);
    assert.equal(visible(shown), 'id "[Open](command:workbench.action.quit)" $(x)');
  });

  it('keeps bare web and mail addresses from becoming links in a hover (found in the browser)', () => {
    const shown = withoutAutolinks('https://evil.example www.example.com a@b.jp');
    assert.doesNotMatch(shown, /https?:\/\/|www\.|@\w/);
    assert.equal(visible(shown), 'https://evil.example www.example.com a@b.jp');
  });

  it('leaves ordinary text, dollar amounts and brackets alone', () => {
    assert.equal(literalLabel('¥25,000 ($200) [draft]'), '¥25,000 ($200) [draft]');
    assert.equal(literalMessage('see (a) [b] $5'), 'see (a) [b] $5');
  });
});
