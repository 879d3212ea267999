// The site's own words (header, footer, home, chapter frame, gallery, embed pages, search, the 404 page), one
// catalogue per language. Pages render them at build time; the few the always-loaded scripts need (theme toggle,
// search status, copy status) reach the browser as data attributes of the page, in its language only.
// A sentence with markup in it is a list of parts (Rich), drawn by src/components/Rich.astro: no HTML in strings.
import type { Catalogue } from './locale';
import { SITE_NAMES } from '../site';

/**
 * A sentence with markup: text, and pieces drawn as <code>, <cite> or a link, in the language's word order. A code
 * piece may end in the site's `origin`, which the gallery's script rewrites to the origin the page is served from.
 */
export type Rich = readonly (string | { code: string; origin?: string } | { cite: string } | { href: string; text: string })[];

export interface SiteMessages {
  siteName: string;
  /** The language's own name, for the switch that leads to it (shown in that language). */
  languageName: string;
  /** Accessible label of the language switch, in the language it leads to: "Read this page in English". */
  readIn: string;
  skip: string;
  navLabel: string;
  navChapters: string;
  navWidgets: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchResults: string;
  searchUnavailable: string;
  searchNone: string;
  searchCount: (n: number) => string;
  themeToDark: string;
  themeToLight: string;
  copied: string;
  copyFailed: string;
  equationLabel: string;
  footerAbout: string;
  footerLicence: string;
  footerRss: string;
  footerEmbed: string;
  /** The Llama notice with its link (to `href`). */
  footerNotice: (href: string) => Rich;
  homeDescription: string;
  homeHeading: string;
  homeLede: Rich;
  /** `n` widgets, with a link to the gallery at `href`. */
  homeLedeSmall: (n: number, href: string) => Rich;
  chaptersHeading: string;
  comingSoon: string;
  /** "Report §3.2": the word before a report reference. */
  report: string;
  chapterKicker: (order: number) => string;
  minutesRead: (n: number) => string;
  updated: string;
  date: (d: Date) => string;
  onThisPage: string;
  citeHeading: string;
  copyBibtex: string;
  previous: string;
  next: string;
  nextSoon: string;
  feedDescription: string;
  galleryTitle: string;
  galleryDescription: string;
  /** The gallery's introduction; `origin` is the site's origin (a piece the page's script rewrites to where it is served). */
  galleryIntro: { snippet: Rich; params: Rich; csp: (origin: string) => Rich };
  chapterRef: (order: number, short: string) => string;
  comingSoonParen: string;
  urlParameters: string;
  embedSnippet: string;
  copySnippet: string;
  openAlone: string;
  preview: string;
  /** Alt text of a widget's social card. */
  ogAlt: (title: string) => string;
  notFoundTitle: string;
  notFoundDescription: string;
  notFoundText: string;
  allChapters: string;
  allWidgets: string;
}

const en: SiteMessages = {
  siteName: SITE_NAMES.en,
  languageName: 'English',
  readIn: 'Read this page in English',
  skip: 'Skip to content',
  navLabel: 'Site',
  navChapters: 'Chapters',
  navWidgets: 'Widgets',
  searchLabel: 'Search the site',
  searchPlaceholder: 'Search…',
  searchResults: 'Search results',
  searchUnavailable: 'Search is unavailable (the index is built by npm run build).',
  searchNone: 'No results.',
  searchCount: (n) => `${n} result${n === 1 ? '' : 's'}.`,
  themeToDark: 'Switch to dark theme',
  themeToLight: 'Switch to light theme',
  copied: 'Copied.',
  copyFailed: 'Copy failed: select the text and copy it by hand.',
  equationLabel: 'Equation (scrolls sideways)',
  footerAbout: 'An independent, open-source companion to “The Llama 3 Herd of Models” (Meta, 2024). Not affiliated with Meta. Every number traces to the report, Meta’s code or a cited paper; references to the report link to its sections.',
  footerLicence: 'No cookies, no analytics, no requests to other sites. Text: CC BY 4.0 · Code: MIT',
  footerRss: 'RSS',
  footerEmbed: 'Embed a widget',
  footerNotice: (href) => ['Built with Meta Llama 3 (tokenizer vocabularies: ', { href, text: 'notices and licences' }, ')'],
  homeDescription: 'An interactive companion to Meta’s Llama 3 technical report: what changed from Llama 2 and why, with widgets that compute the real numbers in your browser.',
  homeHeading: 'Llama\u00a03, explained with the real numbers',
  homeLede: ['A chapter-by-chapter companion to ', { cite: 'The Llama 3 Herd of Models' }, ' (Meta, 2024). Each chapter explains one idea of the report in plain prose and puts a small instrument beside it that computes the real thing in your browser: exact parameter counts of the real configurations, the real tokenizers on your own text, KV-cache sizes, rotations. Every number traces to the report, Meta’s code or a cited paper, and each reference to a section or table of the report links to it.'],
  homeLedeSmall: (n, href) => [`Built for readers who want to check the details, and for bloggers: every widget (${n} so far) can be `, { href, text: 'embedded in your own post' }, ' with one snippet.'],
  chaptersHeading: 'Chapters',
  comingSoon: 'coming soon',
  report: 'Report',
  chapterKicker: (order) => `Chapter ${order}`,
  minutesRead: (n) => `${n} min read`,
  updated: 'Updated',
  date: (d) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  onThisPage: 'On this page',
  citeHeading: 'Cite this chapter',
  copyBibtex: 'Copy BibTeX',
  previous: 'Previous',
  next: 'Next',
  nextSoon: 'Next, coming soon',
  feedDescription: 'Chapters of an interactive companion to the Llama 3 technical report.',
  galleryTitle: 'Widgets',
  galleryDescription: 'Every interactive widget of Llama 3 Explained, with the one-line snippet to embed it in your own blog post.',
  galleryIntro: {
    snippet: ['Every widget runs entirely in the reader’s browser and makes no request to any other site. To put one in your own post, paste its snippet: it is a plain ', { code: '<iframe>' }, ' and works anywhere iframes do. The optional ', { code: 'embed.js' }, ' line resizes the frame to fit its content; without it the frame keeps the height in the snippet.'],
    params: ['Set the starting state with query parameters on the ', { code: 'src' }, ' URL (listed with each widget), and ', { code: 'theme=light' }, ', ', { code: 'dark' }, ' or ', { code: 'auto' }, '. oEmbed consumers (WordPress, for one) discover each widget from its embed page. With ', { code: 'embed.js' }, ' you can also write the element form, which shows a link to the widget wherever the script cannot run:'],
    csp: (origin) => ['If your page sends a Content-Security-Policy, it must allow the frame, ', { code: 'frame-src ', origin }, ', and, for ', { code: 'embed.js' }, ', ', { code: 'script-src' }, ' with the same origin. The snippets use no inline styles, so a strict ', { code: 'style-src' }, ' is fine.'],
  },
  chapterRef: (order, short) => `Chapter ${order}: ${short}`,
  comingSoonParen: '(coming soon)',
  urlParameters: 'URL parameters:',
  embedSnippet: 'Embed snippet',
  copySnippet: 'Copy snippet',
  openAlone: 'Open the widget on its own',
  preview: 'Preview of the default state',
  ogAlt: (title) => `${title}: an interactive widget of Llama 3 Explained`,
  notFoundTitle: 'Page not found',
  notFoundDescription: 'This page does not exist. The chapters of Llama 3 Explained are listed here.',
  notFoundText: 'There is nothing at this address. Perhaps one of these chapters?',
  allChapters: 'All chapters',
  allWidgets: 'All widgets',
};

const zh: SiteMessages = {
  siteName: SITE_NAMES.zh,
  languageName: '中文',
  readIn: '阅读本页的中文版',
  skip: '跳到正文',
  navLabel: '站点',
  navChapters: '章节',
  navWidgets: '交互组件',
  searchLabel: '搜索本站',
  searchPlaceholder: '搜索…',
  searchResults: '搜索结果',
  searchUnavailable: '搜索暂不可用（索引由 npm run build 生成）。',
  searchNone: '没有结果。',
  searchCount: (n) => `${n} 条结果。`,
  themeToDark: '切换到深色主题',
  themeToLight: '切换到浅色主题',
  copied: '已复制。',
  copyFailed: '复制失败：请选中文字后手动复制。',
  equationLabel: '公式（可横向滚动）',
  footerAbout: '《The Llama 3 Herd of Models》（Meta，2024）的独立开源导读，与 Meta 无关。每个数字都可追溯到报告、Meta 的代码或所引论文；对报告章节的引用都链接到原文。',
  footerLicence: '无 Cookie、无统计分析、不向其他网站发出任何请求。文字：CC BY 4.0 · 代码：MIT',
  footerRss: 'RSS',
  footerEmbed: '嵌入交互组件',
  footerNotice: (href) => ['基于 Meta Llama 3 构建（分词器词表：', { href, text: '声明与许可' }, '）'],
  homeDescription: 'Meta Llama 3 技术报告的交互式导读：相比 Llama 2 变了什么、为什么这样改，配有在浏览器里算出真实数字的交互组件。',
  homeHeading: '用真实数字读懂 Llama\u00a03',
  homeLede: ['这是《', { cite: 'The Llama 3 Herd of Models' }, '》（Meta，2024）的逐章导读。每一章用平实的文字讲清报告中的一个要点，并在旁边放一个小工具，直接在你的浏览器里算出真实结果：真实配置的精确参数量、真实分词器在你自己文本上的切分、KV 缓存大小、旋转角度。每个数字都可追溯到报告、Meta 的代码或所引论文，文中对报告章节和表格的引用都链接到原文。'],
  homeLedeSmall: (n, href) => [`写给想核对细节的读者，也写给博主：每个交互组件（目前共 ${n} 个）都能用一段代码`, { href, text: '嵌入你自己的文章' }, '。'],
  chaptersHeading: '章节',
  comingSoon: '即将推出',
  report: '报告',
  chapterKicker: (order) => `第 ${order} 章`,
  minutesRead: (n) => `约 ${n} 分钟读完`,
  updated: '更新于',
  date: (d) => `${d.getUTCFullYear()} 年 ${d.getUTCMonth() + 1} 月 ${d.getUTCDate()} 日`,
  onThisPage: '本页目录',
  citeHeading: '引用本章',
  copyBibtex: '复制 BibTeX',
  previous: '上一章',
  next: '下一章',
  nextSoon: '下一章（即将推出）',
  feedDescription: 'Llama 3 技术报告交互式导读的各章节。',
  galleryTitle: '交互组件',
  galleryDescription: 'Llama 3 详解的全部交互组件，每个都附有一行嵌入代码，可以直接放进你自己的博客文章。',
  galleryIntro: {
    snippet: ['每个交互组件都完全在读者的浏览器中运行，不向任何其他网站发出请求。要把它放进你的文章，粘贴它的嵌入代码即可：那是一个普通的 ', { code: '<iframe>' }, '，凡是能用 iframe 的地方都能用。可选的 ', { code: 'embed.js' }, ' 那一行会让框架高度随内容自动调整；不加它，框架就保持代码里写的高度。'],
    params: ['初始状态由 ', { code: 'src' }, ' 网址上的查询参数设定（每个组件下方列出了可用参数），另有 ', { code: 'theme=light' }, '、', { code: 'dark' }, ' 或 ', { code: 'auto' }, '。支持 oEmbed 的平台（例如 WordPress）可以从嵌入页自动发现组件。加载 ', { code: 'embed.js' }, ' 后还可以用自定义元素的写法；在脚本无法运行的地方，它会显示一个指向组件的链接：'],
    csp: (origin) => ['如果你的页面设置了 Content-Security-Policy，需要允许这个框架：', { code: 'frame-src ', origin }, '；使用 ', { code: 'embed.js' }, ' 时，', { code: 'script-src' }, ' 也要允许同一来源。嵌入代码不含内联样式，严格的 ', { code: 'style-src' }, ' 也没问题。'],
  },
  chapterRef: (order, short) => `第 ${order} 章：${short}`,
  comingSoonParen: '（即将推出）',
  urlParameters: '网址参数：',
  embedSnippet: '嵌入代码',
  copySnippet: '复制嵌入代码',
  openAlone: '单独打开这个组件',
  preview: '默认状态预览',
  ogAlt: (title) => `${title}：Llama 3 详解的交互组件`,
  notFoundTitle: '页面不存在',
  notFoundDescription: '这个页面不存在。这里列出了 Llama 3 详解的各章节。',
  notFoundText: '这个地址上什么也没有。也许你要找的是下面某一章？',
  allChapters: '全部章节',
  allWidgets: '全部交互组件',
};

export const SITE_MESSAGES: Catalogue<SiteMessages> = { en, zh };
