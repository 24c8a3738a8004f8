/**
 * "Share as template": the spreadsheet's /copy link with a copy-to-clipboard button.
 * Whoever opens the link gets their own copy, formulas and all. The link is asked of the
 * server once per sidebar and kept, since the form re-renders as the user edits the plan.
 */
import type { Language } from '../src/funnel/types';
import type { Server } from './bridge';
import { el } from './dom';

interface TemplateLinkWords {
  readonly heading: string;
  readonly explain: string;
  readonly label: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyByHand: string;
  readonly unavailable: string;
}

const words: Readonly<Record<Language, TemplateLinkWords>> = {
  en: {
    heading: 'Share as template',
    explain:
      'Whoever opens this link gets their own copy of this spreadsheet; yours stays untouched. Give them view access first. The templates keep computing without the add-on.',
    label: 'Template link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyByHand: 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    unavailable: 'The template link is not available right now.',
  },
  'zh-CN': {
    heading: '作为模板分享',
    explain:
      '打开此链接的人会得到这份电子表格的副本，您的原表不受影响。请先授予对方查看权限。模板无需插件即可继续计算。',
    label: '模板链接',
    copy: '复制链接',
    copied: '链接已复制。',
    copyByHand: '链接已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。',
    unavailable: '暂时无法获取模板链接。',
  },
  'zh-TW': {
    heading: '以範本分享',
    explain:
      '開啟此連結的人會取得這份試算表的副本，您的原檔不受影響。請先授予對方檢視權限。範本無需外掛程式即可繼續計算。',
    label: '範本連結',
    copy: '複製連結',
    copied: '已複製連結。',
    copyByHand: '連結已選取：按 Ctrl+C（Mac 上按 ⌘C）複製。',
    unavailable: '目前無法取得範本連結。',
  },
};

type LinkServer = Pick<Server, 'getTemplateLink'>;

const links = new WeakMap<LinkServer, Promise<string>>();

function templateLink(server: LinkServer): Promise<string> {
  let link = links.get(server);
  if (!link) {
    link = server.getTemplateLink();
    links.set(server, link);
  }
  return link;
}

/**
 * Copies with the Clipboard API, which a sidebar's iframe may refuse; then with the older
 * copy command on the selected text; failing both, the link stays selected for Ctrl+C.
 */
async function copy(input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function templateLinkSection(server: LinkServer, language: Language): HTMLElement {
  const text = words[language];
  const input = el('input', {
    id: 'template-link',
    type: 'text',
    readonly: true,
    value: '',
    'aria-describedby': 'template-link-explain',
  });
  const button = el('button', { type: 'button', id: 'copy-template-link', disabled: true }, [
    text.copy,
  ]);
  const status = el('p', {
    class: 'hint',
    id: 'template-link-status',
    role: 'status',
    'aria-live': 'polite',
  });
  templateLink(server).then(
    (link) => {
      input.value = link;
      button.disabled = false;
    },
    () => {
      status.textContent = text.unavailable;
    },
  );
  input.addEventListener('focus', () => input.select());
  button.addEventListener('click', async () => {
    status.textContent = (await copy(input)) ? text.copied : text.copyByHand;
  });
  return el('section', { class: 'template-link', 'aria-labelledby': 'template-link-heading' }, [
    el('h2', { id: 'template-link-heading' }, [text.heading]),
    el('p', { class: 'hint', id: 'template-link-explain' }, [text.explain]),
    el('label', { for: 'template-link' }, [text.label]),
    input,
    button,
    status,
  ]);
}
