// The site's own words (header, footer, home, chapter frame, gallery, embed pages, search, the 404 page), one
// catalogue per language. Pages render them at build time; the few the always-loaded scripts need (theme toggle,
// search status, copy status) reach the browser as data attributes of the page, in its language only.
// A sentence with markup in it is a list of parts (Rich), drawn by src/components/Rich.astro: no HTML in strings.
import type { Catalogue } from './locale';
import { SITE_NAMES } from '../site';
import type { ExampleComments } from '../lib/packageExamples';

/**
 * A sentence with markup: text, and pieces drawn as <code>, <cite> or a link, in the language's word order. A code
 * piece may end in the site's `origin`, which the gallery's script rewrites to the origin the page is served from.
 */
export type Rich = readonly (string | { code: string; origin?: string } | { cite: string } | { href: string; text: string })[];

/** The package page's words (/package/, /zh/package/): the widgets as React components. */
export interface PackagePageMessages {
  title: string;
  description: string;
  /** The opening paragraph; `gallery` is the gallery's path, `example` the component form of one widget. */
  lede: (gallery: string, example: string) => Rich;
  installHeading: string;
  /** Before the build lines: `tarball` is where npm run package writes the package. */
  installBuild: (tarball: string) => Rich;
  installFile: Rich;
  installPublished: (name: string) => Rich;
  setupHeading: string;
  /** `styles` is the stylesheet's import path. */
  setupStyles: (styles: string) => Rich;
  setupBundler: Rich;
  setupAssets: Rich;
  astroHeading: string;
  astroIntro: Rich;
  astroPage: (file: string) => Rich;
  astroDev: Rich;
  viteHeading: string;
  viteIntro: Rich;
  propsHeading: string;
  /** `href` is the list of every widget's props below. */
  props: (href: string) => Rich;
  langTheme: Rich;
  invalid: Rich;
  ssrHeading: string;
  ssr: Rich;
  licenceHeading: string;
  /** `notice` is this site's own notice file. */
  licence: (notice: string) => Rich;
  widgetsHeading: string;
  widgetsIntro: (index: string) => Rich;
  /** Label of the list of links to each widget's section. */
  jumpTo: string;
  /** "Component": the label before a widget's component form. */
  component: string;
  inChapter: string;
  chapterSoon: string;
  embedPage: string;
  /** Caption of a widget's props table. */
  propsCaption: (component: string) => string;
  columns: { prop: string; type: string; default: string; accepts: string };
  /** After `number` for an integer field. */
  integer: string;
  /** After a default that the lang prop changes: with lang = `lang`. */
  withLang: (lang: string) => string;
  /** The default of a field that may be left out (the widget then takes the model's own value: see Accepts). */
  noDefault: string;
  /** Type note and Accepts of a field that takes a comma-separated set of `values`. */
  setNote: string;
  /** What a `lang` / `theme` row says it does (the other rows' words come from the shell catalogue). */
  langRow: string;
  themeRow: string;
  /** The comments inside the examples' code (src/lib/packageExamples.ts). */
  code: ExampleComments;
}

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
  /** Footer link to the package page. */
  footerPackage: string;
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
  /** The gallery's sentence that leads to the package page (`href`). */
  galleryPackage: (href: string) => Rich;
  /** Before a widget's component form in the gallery. */
  asComponent: string;
  packagePage: PackagePageMessages;
  /** Alt text of a widget's social card. */
  ogAlt: (title: string) => string;
  notFoundTitle: string;
  notFoundDescription: string;
  notFoundText: string;
  allChapters: string;
  allWidgets: string;
}

const enPackage: PackagePageMessages = {
  title: 'The widgets as React components',
  description: 'Use the widgets of Llama 3 Explained as React components in your own Astro, Next.js, Docusaurus or Vite site: install, set-up, complete examples, and every widget’s props from its schema.',
  lede: (gallery, example) => ['If your site renders React and MDX (Astro, Next.js, Docusaurus, a Vite app), you can write a widget as a component instead of pasting its ', { href: gallery, text: 'iframe snippet' }, ': ', { code: example }, '. The widget then sits in your page’s flow and takes your page’s width, your framework renders it to HTML on the server, and it hydrates with your own islands. For everything else (WordPress, Vue, plain HTML) the iframe snippet remains the way to embed a widget.'],
  installHeading: 'Install',
  installBuild: (tarball) => ['The package is not on npm yet. Build it in a clone of this site’s repository: ', { code: 'npm run package' }, ' writes ', { code: tarball }, '.'],
  installFile: ['Then install that file in your own project (the path is relative to your project):'],
  installPublished: (name) => ['Once the package is published, ', { code: `npm install ${name}` }, ' will do. It needs React 19, which your project provides (a peer dependency).'],
  setupHeading: 'Set-up',
  setupStyles: (styles) => ['Import the stylesheet once, anywhere in your site: ', { code: `import '${styles}';` }, '. Every rule in it is scoped under each widget’s own root element, so it neither reaches into your page nor is broken by your page’s styles (only a rule of yours marked !important or written with an id can still reach in).'],
  setupBundler: ['The tokenizer runs in a Web Worker that loads each vocabulary as a separate chunk, so your bundler must build workers as ES modules: in Vite, ', { code: "worker: { format: 'es' }" }, ' (Astro: the same under ', { code: 'vite:' }, '). For the dev server only, also leave the package out of dependency pre-bundling, ', { code: "optimizeDeps: { exclude: ['llama3-explained'] }" }, ', so that its workers and pictures are found beside it.'],
  setupAssets: ['Workers, vocabularies and pictures are files inside the package. Your bundler copies them into your site, and the widgets load them from your own origin, never from this site or any other. Vite warns that some chunks are larger than 500 kB: those are the tokenizer vocabularies, which only the tokenizer widgets load, when they are shown.'],
  astroHeading: 'Astro with MDX',
  astroIntro: ['In an Astro site with the React and MDX integrations (', { code: 'npx astro add react mdx' }, '), add the two Vite settings to ', { code: 'astro.config.mjs' }, ':'],
  astroPage: (file) => ['Then use the component in any MDX page, for example ', { code: file }, ':'],
  astroDev: [{ code: 'client:visible' }, ' hydrates the widget when it scrolls into view. The HTML before that is already the widget with its numbers, so readers without JavaScript see them too; leave the directive out and the widget stays static HTML.'],
  viteHeading: 'Vite with React',
  viteIntro: ['In a Vite React app (', { code: 'npm create vite@latest my-app -- --template react-ts' }, '), the same two settings go in ', { code: 'vite.config.ts' }, ', and the component is rendered like any other:'],
  propsHeading: 'Props, language and theme',
  props: (href) => ['A widget’s props are its URL parameters: the same names, values and defaults as on its embed page, typed from its schema (numbers as numbers, booleans as booleans, choices as strings). ', { href, text: 'Each widget’s props are listed below' }, '.'],
  langTheme: ['Every widget also takes ', { code: 'lang' }, ', its language (', { code: '"en"' }, ', the default, or ', { code: '"zh"' }, ' for Chinese), and ', { code: 'theme' }, ' (', { code: '"light"' }, ', ', { code: '"dark"' }, ', or ', { code: '"auto"' }, ', the default, which follows the reader’s OS setting).'],
  invalid: ['A prop that is out of range or not one of the choices does not break your page: the widget uses the default instead and names the prop in a notice inside the widget, with what it accepts, just as the embed page does for a URL parameter. A prop that is no parameter of the widget (say ', { code: 'contxt' }, ' for ', { code: 'context' }, ') is named there too. The types catch most of these in your editor before the page is built.'],
  ssrHeading: 'Server rendering',
  ssr: ['The components render to HTML on the server without touching ', { code: 'window' }, ', and hydration in the browser matches that HTML. Every file of the package starts with ', { code: "'use client'" }, ': in a Next.js App Router page the widgets are client components, and a server component or an MDX page can import them directly.'],
  licenceHeading: 'Licences',
  licence: (notice) => ['The package’s code is MIT-licensed. The tokenizer widgets carry the vocabularies of the Llama 3 and Llama 2 tokenizers, which are Llama Materials under the Meta Llama 3 and the LLAMA 2 Community Licenses. Their notices travel with the package in ', { code: 'NOTICE.txt' }, ', and the licence agreements, with the licence of every library bundled in, in ', { code: 'licenses/' }, '. A site that shows those widgets makes the vocabularies available to its readers: the Meta Llama 3 Community License asks it to display “Built with Meta Llama 3” on a related page, as this site does in its footer (', { href: notice, text: 'this site’s notices' }, ').'],
  widgetsHeading: 'Every widget and its props',
  widgetsIntro: (index) => ['Each component with its import line and its props, read from the widget’s schema when this page was built. Import a widget from its own path, as below, or several from the index, ', { code: index }, ', in a React app: its bundler keeps only the widgets you import. In Astro, always import from the widget’s own path: an island loads the whole module its component came from, so an island imported from the index would load every widget.'],
  jumpTo: 'Widgets on this page',
  component: 'Component:',
  inChapter: 'In its chapter',
  chapterSoon: 'Its chapter is coming soon',
  embedPage: 'Its embed page',
  propsCaption: (component) => `Props of ${component}`,
  columns: { prop: 'Prop', type: 'Type', default: 'Default', accepts: 'Accepts' },
  integer: '(integer)',
  withLang: (lang) => `with lang="${lang}"`,
  noDefault: 'none (see Accepts)',
  setNote: '(comma-separated)',
  langRow: 'the widget’s language',
  themeRow: 'auto follows the reader’s OS setting',
  code: {
    worker: 'The tokenizer worker loads each vocabulary as a chunk: workers must be ES modules.',
    optimizeDeps: 'Dev server only: keep the package as it is, so its workers and pictures resolve beside it.',
    styles: 'Once per site: the widgets’ stylesheet, scoped to the widgets.',
    postTitle: 'Why Llama 3 keeps fewer keys and values',
    postText: 'With grouped-query attention, the 70B model caches 8 key/value heads instead of 64.',
  },
};

const zhPackage: PackagePageMessages = {
  title: '把交互组件当作 React 组件使用',
  description: '在你自己的 Astro、Next.js、Docusaurus 或 Vite 站点里，把 Llama 3 详解的交互组件当作 React 组件直接使用：安装、配置、完整示例，以及按 schema 列出的每个组件的全部 props。',
  lede: (gallery, example) => ['如果你的站点用 React 和 MDX 渲染（Astro、Next.js、Docusaurus 或者 Vite 应用），就不必粘贴 ', { href: gallery, text: 'iframe 嵌入代码' }, '，可以直接把交互组件写成 React 组件：', { code: example }, '。这样组件就是你页面正文的一部分，宽度随你的版面走，由你的框架在服务端渲染成 HTML，再和你自己的 island 一起完成水合（hydration）。其他场合（WordPress、Vue、纯 HTML）仍然用 iframe 嵌入代码。'],
  installHeading: '安装',
  installBuild: (tarball) => ['这个包还没有发布到 npm。请在本站仓库的克隆里构建：', { code: 'npm run package' }, ' 会生成 ', { code: tarball }, '。'],
  installFile: ['然后在你自己的项目里安装这个文件（路径相对于你的项目）：'],
  installPublished: (name) => ['正式发布之后，直接 ', { code: `npm install ${name}` }, ' 即可。它依赖 React 19，由你的项目提供（peer dependency）。'],
  setupHeading: '配置',
  setupStyles: (styles) => ['在站点任意位置引入一次样式表：', { code: `import '${styles}';` }, '。其中每条规则都限定在组件自己的根元素之下，既不会影响你的页面，也不会被你页面的样式破坏（只有标了 !important 或带 id 选择器的规则仍能作用到组件内部）。'],
  setupBundler: ['分词器在 Web Worker 里运行，每个词表作为单独的 chunk 按需加载，所以打包工具必须把 worker 构建成 ES 模块：Vite 里写 ', { code: "worker: { format: 'es' }" }, '（Astro 写在 ', { code: 'vite:' }, ' 下面）。仅对开发服务器，还要把这个包排除在依赖预构建之外：', { code: "optimizeDeps: { exclude: ['llama3-explained'] }" }, '，这样它的 worker 和图片才能在包内原位找到。'],
  setupAssets: ['worker、词表和图片都是包里的文件，由你的打包工具复制到你的站点，组件从你自己的域名加载它们，不会向本站或任何其他网站发请求。Vite 构建时会提示有些 chunk 超过 500 kB：那是分词器的词表，只有分词器相关的组件在显示时才会加载。'],
  astroHeading: 'Astro + MDX',
  astroIntro: ['在装好 React 和 MDX 集成的 Astro 站点里（', { code: 'npx astro add react mdx' }, '），把上面两项 Vite 配置加进 ', { code: 'astro.config.mjs' }, '：'],
  astroPage: (file) => ['然后在任意 MDX 页面里使用组件，例如 ', { code: file }, '：'],
  astroDev: [{ code: 'client:visible' }, ' 让组件在滚动到可见时才水合。在那之前，HTML 里已经是完整的组件和它算出的数字，没有 JavaScript 的读者也能看到；去掉这个指令，组件就只是静态 HTML。'],
  viteHeading: 'Vite + React',
  viteIntro: ['在 Vite 的 React 应用里（', { code: 'npm create vite@latest my-app -- --template react-ts' }, '），同样两项配置写进 ', { code: 'vite.config.ts' }, '，组件和其他 React 组件一样渲染：'],
  propsHeading: 'props、语言与主题',
  props: (href) => ['组件的 props 就是它的网址参数：名称、取值和默认值都与嵌入页相同，类型由 schema 生成（数值是 number，开关是 boolean，选项是字符串）。', { href, text: '每个组件的 props 列在下文' }, '。'],
  langTheme: ['此外每个组件都接受 ', { code: 'lang' }, '：组件的语言，', { code: '"en"' }, '（默认）或 ', { code: '"zh"' }, '（中文）；以及 ', { code: 'theme' }, '：', { code: '"light"' }, '、', { code: '"dark"' }, ' 或 ', { code: '"auto"' }, '（默认，跟随读者的系统设置）。'],
  invalid: ['某个 prop 超出范围或不在可选值之内，并不会让页面出错：组件改用默认值，并在组件内的提示里写明是哪个 prop、它接受什么，和嵌入页处理网址参数的方式一样。组件没有的 prop（比如把 ', { code: 'context' }, ' 错写成 ', { code: 'contxt' }, '）也会在那里列出。大多数这类错误，类型检查在编辑器里就能发现，用不着等到构建。'],
  ssrHeading: '服务端渲染',
  ssr: ['组件在服务端渲染成 HTML，不会访问 ', { code: 'window' }, '；浏览器里的水合结果与这段 HTML 一致。包里的每个文件都以 ', { code: "'use client'" }, ' 开头：在 Next.js App Router 中它们是客户端组件，服务端组件和 MDX 页面都可以直接导入。'],
  licenceHeading: '许可',
  licence: (notice) => ['包的代码采用 MIT 许可。分词器相关的组件带有 Llama 3 和 Llama 2 分词器的词表，它们属于 Llama Materials，分别受 Meta Llama 3 Community License 和 LLAMA 2 Community License 约束。相应声明随包附在 ', { code: 'NOTICE.txt' }, ' 中，许可协议原文以及包内打包的每个库的许可证在 ', { code: 'licenses/' }, ' 目录里。展示这些组件的站点等于向读者提供了这些词表：Meta Llama 3 Community License 要求在相关页面上注明 “Built with Meta Llama 3”，本站就写在页脚（', { href: notice, text: '本站的声明' }, '）。'],
  widgetsHeading: '全部交互组件及其 props',
  widgetsIntro: (index) => ['下面列出每个组件的导入语句和全部 props，均在构建本页时从组件的 schema 读出。可以像下面这样从各自的路径导入单个组件，在 React 应用里也可以从入口一次导入多个：', { code: index }, '，打包工具只会保留你实际导入的组件。在 Astro 里请始终从各组件自己的路径导入：Astro 的岛屿会加载组件所在的整个模块，从入口导入的组件会把所有组件一起带上。'],
  jumpTo: '本页的交互组件',
  component: '组件：',
  inChapter: '所在章节',
  chapterSoon: '所在章节即将推出',
  embedPage: '嵌入页',
  propsCaption: (component) => `${component} 的 props`,
  columns: { prop: 'prop', type: '类型', default: '默认值', accepts: '接受的值' },
  integer: '（整数）',
  withLang: (lang) => `lang="${lang}" 时`,
  noDefault: '不设（见“接受的值”）',
  setNote: '（逗号分隔）',
  langRow: '组件的语言',
  themeRow: 'auto 跟随读者的系统设置',
  code: {
    worker: '分词器的 worker 把每个词表作为 chunk 加载：worker 必须是 ES 模块。',
    optimizeDeps: '仅开发服务器：保持包的原样，让 worker 和图片在包内原位解析。',
    styles: '整个站点引入一次：组件的样式表，只作用于组件内部。',
    postTitle: 'Llama 3 为什么少存一些键和值',
    postText: '采用分组查询注意力后，70B 模型只需缓存 8 个键值头，而不是 64 个。',
  },
};

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
  footerPackage: 'React components',
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
  galleryPackage: (href) => ['If your site renders React and MDX, you can also write each widget as a component in your own pages: ', { href, text: 'the widgets as React components' }, '.'],
  asComponent: 'As a React component:',
  packagePage: enPackage,
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
  footerPackage: 'React 组件',
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
  galleryPackage: (href) => ['如果你的站点用 React 和 MDX 渲染，也可以在自己的页面里把每个交互组件直接写成 React 组件：', { href, text: '把交互组件当作 React 组件使用' }, '。'],
  asComponent: '写成 React 组件：',
  packagePage: zhPackage,
  ogAlt: (title) => `${title}：Llama 3 详解的交互组件`,
  notFoundTitle: '页面不存在',
  notFoundDescription: '这个页面不存在。这里列出了 Llama 3 详解的各章节。',
  notFoundText: '这个地址上什么也没有。也许你要找的是下面某一章？',
  allChapters: '全部章节',
  allWidgets: '全部交互组件',
};

export const SITE_MESSAGES: Catalogue<SiteMessages> = { en, zh };
