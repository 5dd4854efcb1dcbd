/**
 * Words of the site's own notices, per language (nl en fr de es it pt vi zh ru, and pl tr id
 * sv da no; the cookie, read-also, share and advert lists in 20 to 30 languages): newsletter
 * sign-up lines, publication notices, cookie banners, links to other articles, share buttons and
 * advertisement labels. Used by the rules `newsletter`, `publication-notice`, `cookie-notice`,
 * `read-also`, `share-buttons` and `ad-label` of {@link cleanText}, only on short lines
 * (CLEAN_DEFAULTS); matched case-insensitively, at word boundaries.
 */
export const NOTICE_PHRASES = Object.freeze({
  /** A call to sign up: an imperative or infinitive of "subscribe", "sign up", "register". */
  subscribe: [
    // en
    "subscribe", "sign up", "signup", "get our", "join our",
    // nl
    "abonneer", "schrijf je in", "schrijf u in", "inschrijven", "meld je aan", "meld u aan", "aanmelden", "abonneren", "ontvang",
    // fr
    "abonnez-vous", "abonne-toi", "inscrivez-vous", "inscris-toi", "s'abonner", "s’abonner", "s'inscrire", "s’inscrire", "recevez",
    // de
    "abonnieren", "abonnieren sie", "abonniere", "melden sie sich", "melde dich", "anmelden", "bestellen", "erhalten sie",
    // es
    "suscríbete", "suscríbase", "suscribirse", "suscribirte", "regístrate", "regístrese", "recibe",
    // it
    "iscriviti", "iscrivetevi", "si iscriva", "abbonati", "iscrizione", "ricevi",
    // pt
    "assine", "inscreva-se", "increva-se", "cadastre-se", "receba", "assinar",
    // vi
    "đăng ký", "đăng kí",
    // zh
    "订阅", "訂閱",
    // ru
    "подпишитесь", "подписаться", "подпишись", "подписывайтесь",
    // pl tr id sv da no
    "zapisz się", "subskrybuj", "abone ol", "kaydolun", "berlangganan", "prenumerera", "tilmeld", "abonner",
  ],
  /** What one signs up for: the newsletter, the mailing list. */
  newsletter: [
    "newsletter", "newsletters", "nieuwsbrief", "nieuwsbrieven", "lettre d'information", "lettre d’information", "infolettre",
    "boletín", "boletin", "bollettino", "informativo", "bản tin", "bảng tin", "新闻通讯", "新闻简报", "简报", "电子报", "电子邮件", "邮件",
    "我们的新闻", "新闻", "рассылку", "рассылка", "рассылки", "biuletyn", "bülten", "buletin", "nyhetsbrev", "nyhedsbrev",
    "mailing list", "e-mail alerts", "email alerts", "daily briefing",
  ],
  /** "This article", "Dit artikel", "本文": a notice about the article, when a publishing verb follows ({@link NOTICE_PHRASES.publishedVerb}). */
  thisArticle: [
    "this article", "this story", "this piece", "this post", "a version of this article", "a version of this story",
    "dit artikel", "dit stuk", "dit bericht", "cet article", "cet texte", "dieser artikel", "dieser beitrag", "dieser text",
    "este artículo", "este texto", "questo articolo", "este artigo", "bài viết", "bài viết này", "bài báo", "本文", "此文",
    "эта статья", "этот материал", "materiał", "artykuł", "bu makale", "bu haber", "artikel ini", "den här artikeln", "denne artikel", "denne artikkelen",
  ],
  /** The publishing verb of such a notice: published, appeared, verscheen, paru, erschien, đăng, 发表, опубликована. */
  publishedVerb: [
    "published", "appeared", "republished", "ran", "verscheen", "verschenen", "gepubliceerd", "publié", "publiée", "paru", "parue",
    "erschien", "erschienen", "veröffentlicht", "publicado", "publicó", "apareció", "pubblicato", "apparso", "publicada",
    "đăng", "xuất bản", "首发", "原载", "发表", "刊登", "刊载", "转载", "опубликована", "опубликован", "опубликовано", "вышла",
    "ukazał", "opublikowany", "yayımlandı", "yayınlandı", "terbit", "dimuat", "tayang", "publicerades", "publiceret", "publisert",
  ],
  /** Opening words that are a publication notice alone: "First published …", "Erstveröffentlichung …". */
  publishedStart: [
    "originally published", "first published", "republished from", "republished with permission",
    "eerder verschenen", "eerder gepubliceerd", "oorspronkelijk verschenen", "oorspronkelijk gepubliceerd",
    "initialement publié", "publié initialement", "initialement paru", "paru initialement", "article initialement publié",
    "erstveröffentlichung", "zuerst erschienen", "erstmals erschienen", "zuerst veröffentlicht", "erstmals veröffentlicht",
    "publicado originalmente", "originalmente publicado", "publicado inicialmente",
    "pubblicato originariamente", "originariamente pubblicato", "pubblicato originalmente",
    "đăng lần đầu", "首发于", "原载于", "原文刊登于", "原文发表于",
    "впервые опубликовано", "впервые опубликована", "первоначально опубликовано",
  ],
  /** The cookies of a consent banner ("This website uses cookies."), in the words sites use for them. */
  cookie: [
    "cookie", "cookies", "куки", "файлы cookie", "クッキー", "쿠키", "çerez", "çerezler", "çerezleri", "ciasteczka", "ciasteczek",
    "evästeitä", "evästeet", "sütiket", "sütik", "kolačiće", "kolačići", "piškotke", "piškotki", "soubory cookie", "μπισκότα",
  ],
  /** What a consent banner says besides its cookies: the site, its use of them, the reader's consent. */
  cookieContext: [
    "website", "web site", "site", "our site", "this site", "webpage", "web page", "browsing", "browser", "consent", "accept", "agree", "privacy",
    "websites", "webseite", "internetseite", "seite", "zustimmen", "akzeptieren", "datenschutz",
    "deze website", "onze website", "akkoord", "toestemming", "privacybeleid",
    "ce site", "notre site", "navigation", "accepter", "acceptez", "consentement", "confidentialité",
    "sitio", "sitio web", "navegación", "aceptar", "acepta", "consentimiento", "privacidad",
    "sito", "sito web", "navigazione", "accetta", "accetto", "consenso",
    "página", "navegação", "concorda", "consentimento",
    "trang web", "trang", "đồng ý",
    "网站", "網站", "本站", "浏览", "同意", "隐私",
    "сайт", "сайта", "согласие", "соглашаетесь", "strona", "stronie", "witryna", "zgoda", "sitesi", "sitemizde", "situs", "webbplats", "hjemmeside", "nettsted",
  ],
  /** Opening words of a link to another article inside the text, before a colon: "Read more: Rents rise by 10% in London". */
  readAlso: [
    "read more", "read also", "also read", "see also", "related", "more on this", "more on this story", "watch", "listen",
    "lees ook", "lees meer", "meer over", "bekijk ook",
    "lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "à voir aussi",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "siehe auch",
    "lea también", "lee también", "leer más", "ver también", "te puede interesar", "también te puede interesar",
    "leggi anche", "leggi di più", "vedi anche",
    "leia também", "leia mais", "veja também", "saiba mais",
    "xem thêm", "đọc thêm", "tin liên quan", "có thể bạn quan tâm",
    "相关阅读", "延伸阅读", "相关新闻", "推荐阅读", "阅读更多",
    "читайте также", "смотрите также", "по теме",
    "czytaj też", "czytaj także", "zobacz też", "zobacz także", "baca juga", "simak juga", "ayrıca okuyun", "ilgili haber",
    "läs också", "läs mer", "læs også", "les også", "lue myös", "δείτε επίσης", "διαβάστε επίσης", "اقرأ أيضا", "اقرأ أيضاً", "관련기사", "関連記事", "यह भी पढ़ें", "อ่านเพิ่มเติม",
  ],
  /** A share button's label, the whole line with the networks after it: "Share this article", "分享到：", "Chia sẻ Facebook Zalo". */
  share: [
    "share", "share this", "share this article", "share this story", "share on", "share via", "share article", "print", "print this article", "email",
    "delen", "deel dit artikel", "deel", "partager", "partager cet article", "partager sur", "teilen", "artikel teilen", "diesen artikel teilen", "teilen auf",
    "compartir", "compartir en", "compartir artículo", "comparte", "condividi", "condividi su", "condividi l'articolo", "compartilhar", "compartilhe", "partilhar",
    "chia sẻ", "chia sẻ bài viết", "chia sẻ lên", "in bài viết", "分享", "分享到", "分享至", "分享给朋友", "打印", "打印本页", "转发",
    "поделиться", "поделиться в", "udostępnij", "paylaş", "bagikan", "dela", "del", "jaa", "κοινοποίηση", "مشاركة", "شارك", "공유", "공유하기", "シェア", "共有", "साझा करें", "แชร์",
  ],
  /** Social networks and channels a share line lists after its label. */
  networks: [
    "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "email", "e-mail", "mail", "print", "reddit", "pinterest", "tumblr", "messenger", "viber", "line",
    "zalo", "weibo", "wechat", "微信", "微博", "qq", "qq空间", "vk", "vkontakte", "вконтакте", "одноклассники", "ok", "kakaotalk", "카카오톡", "naver", "네이버", "bluesky", "threads", "mastodon", "copy link", "link",
  ],
  /** An advertisement's label, the whole line: "Advertisement", "Quảng cáo", "Sponsored content", "广告". */
  advert: [
    "advertisement", "advertising", "ad", "sponsored", "sponsored content", "paid content", "promoted", "partner content",
    "advertentie", "gesponsord", "gesponsorde inhoud",
    "publicité", "contenu sponsorisé", "article sponsorisé", "contenu partenaire",
    "anzeige", "werbung", "gesponsert", "gesponserter inhalt", "sponsored post",
    "publicidad", "anuncio", "contenido patrocinado", "patrocinado",
    "pubblicità", "contenuto sponsorizzato", "sponsorizzato",
    "publicidade", "conteúdo patrocinado",
    "quảng cáo", "nội dung tài trợ", "tài trợ",
    "广告", "廣告", "推广", "赞助内容",
    "реклама", "реклама на сайте", "партнерский материал", "партнёрский материал", "на правах рекламы",
    "reklama", "reklam", "iklan", "annons", "annonce", "annonse", "mainos", "διαφήμιση", "إعلان", "광고", "広告", "スポンサー", "विज्ञापन", "โฆษณา",
    // What a page prints where an advertisement interrupts the article:
    "continue reading below", "continue reading", "story continues below", "story continues below advertisement", "article continues below",
    "article continues below advertisement", "advertisement continue reading below", "scroll to continue", "scroll to continue with content",
    "lees verder onder de advertentie", "lees verder na de advertentie", "la suite après la publicité", "la suite après cette publicité",
    "suite après la publicité", "l'article continue après la publicité", "weiter nach der anzeige", "weiterlesen nach der anzeige",
    "artikel wird nach der anzeige fortgesetzt", "fortsetzung nach der anzeige", "sigue leyendo", "continúa leyendo", "la noticia continúa abajo",
    "continua a leggere", "continua dopo la pubblicità", "l'articolo continua dopo la pubblicità", "continua depois da publicidade",
    "continua após a publicidade", "continue lendo", "a reportagem continua após a publicidade", "продолжение ниже", "продолжение после рекламы",
    "tiếp tục đọc", "nội dung tiếp theo", "广告 继续阅读", "继续阅读", "下文继续", "czytaj dalej", "czytaj dalej pod reklamą", "devamı reklamın ardından",
  ],
  /** Opening words of a date notice, a notice only with a number on the line: "Last updated 14:05", "Mis à jour le 3 mai"; and of a reading time, "Reading time: 3 min". */
  dated: [
    "published", "updated", "last updated", "last modified", "posted", "posted on",
    "gepubliceerd", "laatst bijgewerkt", "bijgewerkt", "laatste update", "geplaatst",
    "publié", "mis à jour", "dernière mise à jour", "modifié le",
    "veröffentlicht", "zuletzt aktualisiert", "aktualisiert", "erschienen am", "stand:",
    "publicado", "actualizado", "última actualización", "ultima actualización",
    "pubblicato", "aggiornato", "ultimo aggiornamento",
    "atualizado", "última atualização", "publicada",
    "cập nhật", "đăng lúc", "đăng ngày", "ngày đăng", "xuất bản",
    "发布时间", "发布于", "更新时间", "更新于", "最后更新", "发表于", "发表时间",
    "опубликовано", "обновлено", "последнее обновление", "дата публикации",
    "opublikowano", "aktualizacja", "güncelleme", "yayınlanma", "diperbarui", "diterbitkan", "publicerad", "uppdaterad", "publiceret", "opdateret", "publisert", "oppdatert",
    // The reading time ("Reading time: 3 min", "Lesezeit 4 Minuten"; "4 min read" is rule short-number).
    "reading time", "read time", "estimated reading time", "lesezeit", "lesedauer", "leestijd", "temps de lecture", "durée de lecture",
    "tiempo de lectura", "tempo di lettura", "tempo de leitura", "thời gian đọc", "阅读时间", "阅读时长", "время чтения", "czas czytania",
    "okuma süresi", "waktu baca", "lästid", "læsetid", "lesetid",
  ],
});

/** A regular expression matching any of the phrases at word boundaries (none around Han characters), anchored at the start with `atStart`. */
function phrases(list: readonly string[], atStart: boolean): RegExp {
  const alternatives = [...list]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const body = phrase.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+").replace(/['’]/gu, "['’]");
      const before = /^\p{Script=Han}/u.test(phrase) ? "" : "(?<![\\p{L}\\p{M}\\d])";
      const after = /\p{Script=Han}$/u.test(phrase) ? "" : "(?![\\p{L}\\p{M}])";
      return `${before}${body}${after}`;
    });
  // Bullets, arrows and emoji may open the line: "» Subscribe", "📩 Abonneer je".
  return new RegExp(`${atStart ? "^[^\\p{L}\\p{N}]*" : ""}(?:${alternatives.join("|")})`, "iu");
}

const SUBSCRIBE_AT_START = phrases(NOTICE_PHRASES.subscribe, true);
const SUBSCRIBE = phrases(NOTICE_PHRASES.subscribe, false);
const NEWSLETTER = phrases(NOTICE_PHRASES.newsletter, false);
const THIS_ARTICLE = phrases(NOTICE_PHRASES.thisArticle, true);
const PUBLISHED_VERB = phrases(NOTICE_PHRASES.publishedVerb, false);
const PUBLISHED_START = phrases(NOTICE_PHRASES.publishedStart, true);
const DATED = phrases(NOTICE_PHRASES.dated, true);
const COOKIE = phrases(NOTICE_PHRASES.cookie, false);
const COOKIE_CONTEXT = phrases(NOTICE_PHRASES.cookieContext, false);

/**
 * A link to another article inside the text: a line that opens with {@link NOTICE_PHRASES.readAlso}
 * and a colon or a dash, then a headline (at most {@link NoticeLimits.readAlso} words, no full stop
 * at the end): "Read more: Rents rise by 10% in London", "Lire aussi : Faut-il avoir peur ?",
 * "Xem thêm: Giá thuê nhà tăng 10% tại Hà Nội". A sentence that mentions reading on stays.
 */
export function isReadAlsoLine(text: string, shape: NoticeShape, limits: NoticeLimits): boolean {
  if (shape.size > limits.readAlso || /[.。]["'”’»)]*$/u.test(text)) return false;
  // The label alone, its headline on the next line or gone with the link: "Lees ook", "Baca juga:".
  if (READ_ALSO_LABELS.has(text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{M}\s]+/gu, " ").replace(/\s+/gu, " ").trim())) return true;
  return READ_ALSO.test(text);
}

const READ_ALSO_LABELS: ReadonlySet<string> = new Set(NOTICE_PHRASES.readAlso.filter((phrase) => phrase.includes(" ") || /[^\p{Script=Latin}]/u.test(phrase)).map((phrase) => phrase.normalize("NFC")));

const READ_ALSO = new RegExp(`${phrases(NOTICE_PHRASES.readAlso, true).source}\\s*[:：\\-–—|»›>]`, "iu");

/**
 * A row of share buttons: the whole line, past punctuation, is a share label ({@link
 * NOTICE_PHRASES.share}) with social networks ({@link NOTICE_PHRASES.networks}) after it, or only
 * networks (two or more): "Share this article", "分享到：", "Chia sẻ Facebook Zalo", "Facebook Twitter WhatsApp".
 */
export function isShareLine(text: string): boolean {
  let rest = text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s'-]+/gu, " ").replace(/\s+/gu, " ").trim();
  let label = false;
  for (const phrase of SHARE_PHRASES) {
    if (rest === phrase || rest.startsWith(`${phrase} `)) {
      rest = rest.slice(phrase.length).trim();
      label = true;
      break;
    }
  }
  const words = rest === "" ? [] : rest.split(" ");
  let networks = 0;
  for (let k = 0; k < words.length; k++) {
    const two = `${words[k]} ${words[k + 1] ?? ""}`;
    if (NETWORKS.has(two)) k++;
    else if (!NETWORKS.has(words[k]!)) return false;
    networks++;
  }
  return label || networks >= 2;
}

const SHARE_PHRASES = [...NOTICE_PHRASES.share].map((phrase) => phrase.normalize("NFC")).sort((a, b) => b.length - a.length);
const NETWORKS: ReadonlySet<string> = new Set(NOTICE_PHRASES.networks.map((name) => name.normalize("NFC")));

/**
 * An advertisement's label standing alone: the whole line, past punctuation and brackets, is one of
 * {@link NOTICE_PHRASES.advert} ("Advertisement", "- Quảng cáo -", "[Anzeige]", "广告").
 */
export function isAdLabel(text: string): boolean {
  return ADVERT.has(text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{M}\s]+/gu, " ").replace(/\s+/gu, " ").trim());
}

const ADVERT: ReadonlySet<string> = new Set(NOTICE_PHRASES.advert.map((phrase) => phrase.normalize("NFC")));

/**
 * A cookie consent banner: a line that names cookies and the site, its browsing or the reader's
 * consent ("This website uses cookies.", "Wir verwenden Cookies, um unsere Webseite zu
 * verbessern", "本网站使用cookies"), short ({@link NoticeLimits.cookieLabel} words) or, up to
 * {@link NoticeLimits.cookieNotice} words, among the first or last
 * {@link NoticeLimits.cookieEdge} lines of the page (`fromEdge`: lines to the nearer end), where
 * scrapers leave banners. A report on cookie rules in the body is longer, or says neither.
 */
export function isCookieNotice(text: string, shape: NoticeShape, limits: NoticeLimits, fromEdge: number): boolean {
  if (shape.size > (fromEdge < limits.cookieEdge ? limits.cookieNotice : limits.cookieLabel)) return false;
  return COOKIE.test(text) && COOKIE_CONTEXT.test(text);
}

/** What the notice rules need of a line: its size in words (Han: characters / 2), final punctuation, size without dates. */
export interface NoticeShape {
  readonly size: number;
  readonly endsSentence: boolean;
  readonly sizeWithoutDate: number;
}

/**
 * A newsletter sign-up line: a short line ({@link NoticeLimits.newsletter} words) that opens
 * with a call to subscribe and names the newsletter ("Subscribe to our newsletter",
 * "Abonnez-vous à notre newsletter", "订阅我们的新闻"), or a shorter one without final
 * punctuation that has both anywhere ("Jetzt Newsletter abonnieren"). A sentence that only
 * mentions a newsletter ("Readers can subscribe to the newsletter on the site.") stays.
 */
export function isNewsletterLine(text: string, shape: NoticeShape, limits: NoticeLimits): boolean {
  if (shape.size > limits.newsletter || !NEWSLETTER.test(text)) return false;
  if (SUBSCRIBE_AT_START.test(text)) return true;
  return !shape.endsSentence && shape.size <= limits.newsletterLabel && SUBSCRIBE.test(text);
}

/**
 * A publication notice: a short line ({@link NoticeLimits.publicationNotice} words) that opens
 * with "This article" and a publishing verb ("This article was first published on …", "Dit
 * artikel verscheen eerder in …", "本文首发于…"), or with words that are such a notice alone
 * ("Erstveröffentlichung …", "Originally published …"); or a dated notice: opening words
 * ("Last updated", "Mis à jour le", "Zuletzt aktualisiert") with a number, and at most
 * {@link NoticeLimits.noticeDateRest} other words besides the dates ("Published in 2019, the
 * report found …" stays).
 */
export function isPublicationNotice(text: string, shape: NoticeShape, limits: NoticeLimits): boolean {
  if (shape.size > limits.publicationNotice) return false;
  const opener = THIS_ARTICLE.exec(text);
  if (opener && PUBLISHED_VERB.test(text.slice(opener[0].length, opener[0].length + 60))) return true;
  if (PUBLISHED_START.test(text)) return true;
  const dated = DATED.exec(text);
  if (!dated || !/\d/u.test(text)) return false;
  const openingWords = dated[0].split(/\s+/u).filter((word) => /[\p{L}\d]/u.test(word)).length;
  return shape.sizeWithoutDate - openingWords <= limits.noticeDateRest;
}

/** The thresholds of the notice rules (CLEAN_DEFAULTS). */
export interface NoticeLimits {
  readonly newsletter: number;
  readonly newsletterLabel: number;
  readonly publicationNotice: number;
  readonly readAlso: number;
  readonly noticeDateRest: number;
  readonly cookieNotice: number;
  readonly cookieLabel: number;
  readonly cookieEdge: number;
}
