// The bundled corpus of dedup-lab: 24 short web-like pages WRITTEN FOR THIS SITE (every site, person and event is
// invented; the domains end in .example, a name reserved for examples by RFC 2606). Each page has a URL, a crawl date
// and its language. Built to show each de-duplication level at work: the same URL crawled on two or three dates,
// exact copies on other URLs, edited copies (syndication, a product variant, an AMP page, a reused template),
// boilerplate lines (a cookie banner, a navigation bar, a footer) and log spam pasted into forum posts. Lines are
// separated by "\n". model.test.ts states what each level removes from it, and why.

export interface CorpusDoc {
  /** Short stable name, used by tests and as the React key. */
  id: string;
  url: string | null;
  /** Crawl date, ISO yyyy-mm-dd (the URL level keeps the most recent). */
  date: string | null;
  /** The page's language (its lang attribute): 'en' or 'zh'. */
  lang: 'en' | 'zh';
  text: string;
}

const COOKIE = 'We use cookies to improve your experience. Accept all | Manage settings';
const NAV = 'Home | News | Sport | Weather | Contact';
const FOOTER = '© 2023 Harbor Media Group. All rights reserved.';
const SHOP_NAV = 'Shop | Kitchen | Deals | Basket (0) | Sign in';
const LOG_RESET = 'WARN [pool-3] connection reset by peer, retrying in 5s';
const LOG_TIMEOUT = 'ERROR [main] request timed out after 30000 ms';
const ZH_COOKIE = '本站使用缓存数据改善您的浏览体验。全部接受 | 管理设置';

const TIDE_V1 = [
  'Council to vote on new tide gates',
  'The harbor council will vote on Tuesday on a plan to replace the old tide gates at the mouth of the river.',
  'Engineers say the gates, built in 1961, no longer close fully during spring tides and leak at the seams.',
  'The plan would cost about four million and take two summers to finish.',
];
const TIDE_UPDATE = 'Update: the council approved the plan by seven votes to two, and work starts in May.';

const SOURDOUGH = [
  'How to start a sourdough starter',
  'Mix fifty grams of whole wheat flour with fifty grams of lukewarm water in a clean jar and cover it loosely.',
  'Every day for a week, throw away half of the mixture and feed it again with the same amounts of flour and water.',
  'The starter is ready when it doubles within six hours of a feed and smells pleasantly sour.',
];

const LIGHTHOUSE = [
  'Lighthouse',
  'A lighthouse is a tower with a bright lamp and a system of lenses that guides ships near dangerous coasts.',
  'Each light flashes in its own rhythm, called its characteristic, so sailors can tell one lighthouse from another at night.',
  'Most lighthouses today are automated and are looked after by visiting technicians instead of resident keepers.',
];

const KETTLE = (colour: string) => [
  `Steel kettle 1.7 litres, ${colour}`,
  `A 1.7 litre stainless steel kettle in ${colour} with a 3000 watt element that boils a full jug in about four minutes.`,
  'The lid opens with one button, the water window shows the level from both sides, and the base turns all the way round.',
  'Automatic switch-off when the water boils or when the kettle is lifted. Two year warranty.',
];

const RAIN = [
  'Walking in the rain',
  'I used to wait for the rain to stop before going out, and then one autumn I simply stopped waiting.',
  'The streets are quieter, the parks belong to the dog walkers, and the smell of wet leaves follows you home.',
  'A good coat helps, but mostly it is a matter of deciding that being a little wet is not a problem.',
];

const CLOSURE = (school: string, date: string, head: string) => [
  `${school}: closure notice`,
  `Because of the storm warning, ${school} will be closed on ${date}. All after-school clubs are cancelled.`,
  'Pupils should complete the reading set by their class teacher and bring it in on the next school day.',
  `We will post an update on this page by seven in the morning. Thank you for your patience. ${head}, head teacher`,
];

const NOT_FOUND = [
  'Page not found',
  'Sorry, the page you are looking for does not exist or has been moved. Check the address or go back to the home page.',
];

const METRO = [
  '地铁十二号线今日开通',
  '地铁十二号线今天早上六点正式开通运营，全线共设十八座车站，连接城北新区和火车南站。',
  '开通初期，列车在高峰时段每四分钟一班，其余时段每七分钟一班。',
  '市交通局提醒乘客，部分车站出入口仍在施工，请留意站内指示。',
];

const lines = (...parts: (string | readonly string[])[]) => parts.flat().join('\n');

export const CORPUS: readonly CorpusDoc[] = [
  { id: 'tide-old', url: 'https://harbor-news.example/2023/tide-gates', date: '2023-03-02', lang: 'en',
    text: lines(NAV, COOKIE, TIDE_V1, FOOTER) },
  { id: 'tide-new', url: 'https://harbor-news.example/2023/tide-gates', date: '2023-06-14', lang: 'en',
    text: lines(NAV, COOKIE, TIDE_V1, TIDE_UPDATE, FOOTER) },
  { id: 'tide-syndicated', url: 'https://coastal-digest.example/local/tide-gates-vote', date: '2023-06-15', lang: 'en',
    text: lines(
      'Harbor council votes on new tide gates',
      'The harbor council voted on Tuesday on a plan to replace the old tide gates at the mouth of the river.',
      TIDE_V1.slice(2), TIDE_UPDATE,
      'This story first appeared in Harbor News.',
    ) },
  { id: 'sourdough', url: 'https://breadcrumbs.example/sourdough-starter', date: '2023-01-10', lang: 'en',
    text: lines(COOKIE, SOURDOUGH) },
  { id: 'sourdough-mirror', url: 'https://recipe-mirror.example/sourdough', date: '2023-02-01', lang: 'en',
    text: lines(COOKIE, SOURDOUGH) },
  { id: 'rye', url: 'https://breadcrumbs.example/rye-loaf', date: '2023-01-12', lang: 'en',
    text: lines(COOKIE,
      'A simple rye loaf',
      'Rye flour holds less gluten than wheat, so a rye dough is sticky and is shaped with wet hands rather than kneaded.',
      'Bake it in a tin for an hour and wait a full day before cutting: the crumb keeps setting as it cools.') },
  { id: 'forum-old', url: 'https://devhelp.example/t/connection-reset/812', date: '2023-08-20', lang: 'en',
    text: lines(
      'Client keeps resetting the connection after the upgrade',
      'Since upgrading the driver yesterday our worker logs fill up with this every few seconds:',
      LOG_RESET, LOG_RESET, LOG_RESET, LOG_RESET,
      'Has anyone seen this? The database itself looks healthy.') },
  { id: 'forum-new', url: 'https://devhelp.example/t/connection-reset/812', date: '2023-08-22', lang: 'en',
    text: lines(
      'Client keeps resetting the connection after the upgrade',
      'Since upgrading the driver yesterday our worker logs fill up with this every few seconds:',
      LOG_RESET, LOG_RESET, LOG_RESET, LOG_RESET,
      'Has anyone seen this? The database itself looks healthy.',
      'Reply: the new driver closes idle connections after ten seconds. Raising the keep-alive setting fixed it for us.') },
  { id: 'forum-timeout', url: 'https://devhelp.example/t/timeouts-on-startup/815', date: '2023-08-23', lang: 'en',
    text: lines(
      'Requests time out right after start-up',
      'The service starts, then the first requests fail with these lines until the cache has warmed up:',
      LOG_TIMEOUT, LOG_TIMEOUT, LOG_RESET, LOG_TIMEOUT,
      'After about a minute everything works. Is there a way to warm the cache before taking traffic?') },
  { id: 'lighthouse-2022', url: 'https://openfacts.example/wiki/Lighthouse', date: '2022-09-05', lang: 'en',
    text: lines(LIGHTHOUSE.slice(0, 3)) },
  { id: 'lighthouse-2023a', url: 'https://openfacts.example/wiki/Lighthouse', date: '2023-04-18', lang: 'en',
    text: lines(LIGHTHOUSE) },
  { id: 'lighthouse-2023b', url: 'https://openfacts.example/wiki/Lighthouse', date: '2023-11-30', lang: 'en',
    text: lines(LIGHTHOUSE, 'The oldest working lighthouse on this coast was first lit in 1794.') },
  { id: 'lighthouse-spam', url: 'https://best-lighthouse-facts.example/what-is-a-lighthouse', date: '2023-12-01', lang: 'en',
    text: lines('CLICK HERE for the 10 best lighthouse gifts!!!', LIGHTHOUSE,
      'The oldest working lighthouse on this coast was first lit in 1794.', 'Buy cheap lighthouse posters today, free shipping!') },
  { id: 'kettle-silver', url: 'https://gadgetshop.example/p/kettle-17-silver', date: '2023-05-03', lang: 'en',
    text: lines(SHOP_NAV, KETTLE('silver')) },
  { id: 'kettle-black', url: 'https://gadgetshop.example/p/kettle-17-black', date: '2023-05-03', lang: 'en',
    text: lines(SHOP_NAV, KETTLE('matt black')) },
  { id: 'toaster', url: 'https://gadgetshop.example/p/toaster-2-slice', date: '2023-05-04', lang: 'en',
    text: lines(SHOP_NAV,
      'Two-slice toaster, cream',
      'Six browning levels, a defrost button and a crumb tray that slides out from the side. Two year warranty.') },
  { id: 'rain', url: 'https://quietpaths.example/walking-in-the-rain', date: '2023-10-09', lang: 'en',
    text: lines(NAV, RAIN, FOOTER) },
  { id: 'rain-amp', url: 'https://quietpaths.example/walking-in-the-rain/amp', date: '2023-10-09', lang: 'en',
    text: lines(RAIN) },
  { id: 'school-east', url: 'https://eastfield-school.example/notices/closure', date: '2023-12-04', lang: 'en',
    text: lines(CLOSURE('Eastfield Primary', 'Monday 4 December', 'Ms Okafor')) },
  { id: 'school-west', url: 'https://westbrook-school.example/news/storm-closure', date: '2023-12-04', lang: 'en',
    text: lines(CLOSURE('Westbrook Academy', 'Monday 4 December', 'Mr Lindqvist')) },
  { id: 'missing-a', url: 'https://harbor-news.example/2019/old-ferry-timetable', date: '2023-07-01', lang: 'en',
    text: lines(NAV, NOT_FOUND, FOOTER) },
  { id: 'missing-b', url: 'https://harbor-news.example/tag/ferries', date: '2023-07-01', lang: 'en',
    text: lines(NAV, NOT_FOUND, FOOTER) },
  { id: 'metro', url: 'https://chengshi-ribao.example/news/metro-line-12', date: '2023-09-28', lang: 'zh',
    text: lines(ZH_COOKIE, METRO) },
  { id: 'metro-repost', url: 'https://zixun-hui.example/a/20230928-1047', date: '2023-09-29', lang: 'zh',
    text: lines(ZH_COOKIE,
      '十二号线开通！',
      METRO[1]!,
      '开通初期，列车在高峰时段每四分钟一班，其余时段每八分钟一班。',
      '来源：城市日报') },
];
