/** Where each rule comes from, as read in November 2026 (see shared/notes/domain.md). */
export const SOURCES = {
  seed: 'Blog: クラウドワークスでバックレられた!無視された時の対処法を徹底解説 (the seed article)',
  etiquette: 'Business message etiquette (Contract Guard guidance, not a platform rule)',
  cwGuide: 'https://crowdworks.jp/pages/guides/employee/index',
  cwFaqReport: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10549?l=ja&url=10549',
  cwFaqTermination: 'https://crowdworks.my.salesforce-sites.com/faq/articles/FAQ/10329/?l=ja&url=10329',
  cwTerminationWeek1: 'https://freelance.web-box.co.jp/media/?p=112',
  cwTerminationWeek2: 'https://mama-kurashi.com/totyu-cw',
  lancersFlow: 'https://www.lancers.jp/help/guide/lancer/project/6',
  lancersReminder: 'https://www.lancers.jp/faq/A1018/338',
  lancersThreeMessages: 'https://www.lancers.jp/faq/l1035/163',
  coconalaAutoApproval: 'https://coconala.com/news/557',
  coconalaUnresponsive: 'https://coconala-support.zendesk.com/hc/ja/articles/218179858',
  upworkReview: 'https://support.upwork.com/hc/en-us/articles/17974824831507',
  upworkUnresponsive: 'https://support.upwork.com/hc/en-us/articles/211068308-Unresponsive-clients',
  fiverrForums: 'Fiverr community forums (not first-hand)',
  // 特定受託事業者に係る取引の適正化等に関する法律 (令和5年法律第25号), the law itself on e-Gov.
  freelanceActText: 'https://laws.e-gov.go.jp/law/505AC0000000025',
  // Which articles bind which client (Arts. 4, 5, 16: a client with employees or 2+ officers).
  freelanceActScope: 'https://blog.ambitiouslaw.com/2024/02/09/',
  // Art. 3 binds every client.
  freelanceActArt3: 'https://yellbizlaw.jp/?p=4112',
  freelanceAct1: 'https://ktctax.com/topics/sonohoka20241110.html',
  freelanceAct2: 'https://gyousei-nara.com/info/20241107143742.html',
  // フリーランス・トラブル110番: commissioned by 厚生労働省, run by 第二東京弁護士会 (secondary pages,
  // one by a lawyer who answers there).
  freelance110Lawyer: 'http://sakuralaw.gr.jp/sakura_news/sakura_20230807.htm',
  freelance110Column: 'https://fpj.members.jafp.or.jp/column/trendwatch/4202',
  freelance110Overview: 'https://www.furi-ten.com/?p=2237',
  // The courts' own pages for the two routes a writer can take alone.
  courtPaymentOrder: 'https://www.courts.go.jp/saiban/syurui/syurui_minzi/minzi_25_22/index.html',
  courtSmallClaims: 'https://www.courts.go.jp/saiban/syurui/syurui_minzi/minzi_25_02/index.html',
} as const;
