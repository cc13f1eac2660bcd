// detectLanguage: English news passes however many names and numbers it has; articles in other
// languages and scripts are reported as not analysable, with a reason naming what was seen.
import { describe, expect, it } from 'vitest';
import { CorroborateError } from '../src/index.js';
import {
  detectLanguage,
  LANGUAGE_SAMPLE_CHARS,
  MIN_WORDS_TO_JUDGE,
} from '../src/input/detect-language.js';

// News paragraphs written for these tests, one per language, about an invented summit.
const ENGLISH = `The prime minister arrived in Lisbon on Tuesday for two days of talks on energy prices,
  her office said. She is expected to meet the president of the European Commission and the
  heads of three utilities before a press conference on Wednesday afternoon. Officials said the
  talks would focus on gas storage and on the cost of new transmission lines.`;

const ENGLISH_NAME_HEAVY = `Trump met Takaichi in Tokyo on October 28, 2025. Lee Jae Myung hosted
  Trump in Gyeongju. Xi Jinping, Anwar Ibrahim, Prabowo Subianto, Luiz Inácio Lula da Silva, Mark
  Carney and Anthony Albanese attended the ASEAN summit in Kuala Lumpur on October 26. Tariffs:
  57%, 47%, 10%; soybeans: 12 million tonnes; $550 billion.`;

const GERMAN = `Die Ministerpräsidentin ist am Dienstag zu zweitägigen Gesprächen über die
  Energiepreise in Lissabon eingetroffen, teilte ihr Büro mit. Sie wird die Präsidentin der
  Kommission und die Chefs von drei Versorgern treffen, bevor sie am Mittwoch eine
  Pressekonferenz gibt. Nach Angaben von Beamten soll es vor allem um die Gasspeicher und die
  Kosten neuer Leitungen gehen, die bis zum Ende des Jahrzehnts gebaut werden sollen.`;

const FRENCH = `La Première ministre est arrivée mardi à Lisbonne pour deux jours de discussions sur
  les prix de l'énergie, a indiqué son cabinet. Elle doit rencontrer la présidente de la
  Commission et les dirigeants de trois fournisseurs avant une conférence de presse mercredi.
  Selon des responsables, les échanges porteront sur le stockage du gaz et sur le coût des
  nouvelles lignes qui seront construites d'ici la fin de la décennie.`;

const SPANISH = `La primera ministra llegó el martes a Lisboa para dos días de conversaciones sobre
  los precios de la energía, según informó su oficina. Se reunirá con la presidenta de la
  Comisión y con los directivos de tres empresas antes de una rueda de prensa el miércoles.
  Según los funcionarios, las conversaciones se centrarán en el almacenamiento de gas y en el
  coste de las nuevas líneas que se construirán antes del final de la década.`;

const ITALIAN = `La premier è arrivata martedì a Lisbona per due giorni di colloqui sui prezzi
  dell'energia, ha fatto sapere il suo ufficio. Incontrerà la presidente della Commissione e i
  dirigenti di tre aziende prima di una conferenza stampa mercoledì. Secondo i funzionari, i
  colloqui si concentreranno sugli stoccaggi di gas e sul costo delle nuove linee che saranno
  costruite entro la fine del decennio.`;

const PORTUGUESE = `A primeira-ministra chegou na terça-feira a Lisboa para dois dias de conversas
  sobre os preços da energia, informou o seu gabinete. Ela vai se reunir com a presidente da
  Comissão e com os dirigentes de três empresas antes de uma entrevista coletiva na
  quarta-feira. Segundo os funcionários, as conversas vão tratar do armazenamento de gás e do
  custo das novas linhas que serão construídas até o fim da década.`;

const DUTCH = `De premier is dinsdag in Lissabon aangekomen voor twee dagen overleg over de
  energieprijzen, zo heeft haar kantoor laten weten. Zij zal de voorzitter van de Commissie en
  de bestuurders van drie bedrijven ontmoeten voordat er woensdag een persconferentie is.
  Volgens ambtenaren gaat het overleg vooral over de opslag van gas en over de kosten van de
  nieuwe leidingen die voor het einde van het decennium worden gebouwd.`;

const RUSSIAN = `Премьер-министр прибыла во вторник в Лиссабон на двухдневные переговоры о ценах
  на энергию, сообщила её канцелярия. Она встретится с председателем Комиссии и руководителями
  трёх компаний, а в среду проведёт пресс-конференцию. По словам чиновников, речь пойдёт о
  хранении газа и стоимости новых линий электропередачи.`;

const CHINESE = `总理周二抵达里斯本，就能源价格进行为期两天的会谈。她将会见委员会主席和三家公用事业公司的负责人，
  并于周三下午举行新闻发布会。官员表示，会谈将重点讨论天然气储存和新建输电线路的成本。`;

const ARABIC = `وصلت رئيسة الوزراء يوم الثلاثاء إلى لشبونة لإجراء محادثات تستمر يومين حول أسعار
  الطاقة، بحسب مكتبها. ومن المتوقع أن تلتقي رئيسة المفوضية ورؤساء ثلاث شركات قبل مؤتمر صحفي يوم
  الأربعاء. وقال مسؤولون إن المحادثات ستركز على تخزين الغاز وتكلفة خطوط النقل الجديدة.`;

const HEBREW = `ראש הממשלה הגיעה ביום שלישי לליסבון לשיחות בנות יומיים על מחירי האנרגיה, כך
  נמסר מלשכתה. היא צפויה להיפגש עם נשיאת הנציבות ועם ראשי שלוש חברות לפני מסיבת עיתונאים ביום
  רביעי. לדברי פקידים, השיחות יתמקדו באחסון גז ובעלות של קווי ההולכה החדשים.`;

describe('detectLanguage on English', () => {
  it('reads English news as analysable English and says which function words it saw', () => {
    const result = detectLanguage(ENGLISH);
    expect(result).toMatchObject({ language: 'en', script: 'latin', analysable: true });
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.reason).toMatch(/English function words \(the, /);
  });

  it('passes English dense with foreign names, figures and dates', () => {
    const result = detectLanguage(ENGLISH_NAME_HEAVY);
    expect(result.language).toBe('en');
    expect(result.analysable).toBe(true);
  });

  it('passes English that quotes a phrase in German or names people in Arabic script', () => {
    const quoting = `${ENGLISH} A banner outside read "Wir sind die Zukunft und nicht die Vergangenheit".`;
    expect(detectLanguage(quoting)).toMatchObject({ language: 'en', analysable: true });
    const arabicName = `${ENGLISH} The minister, محمد بن سلمان, did not attend.`;
    expect(detectLanguage(arabicName)).toMatchObject({ language: 'en', analysable: true });
  });
});

describe('detectLanguage on other Latin-script languages', () => {
  const cases: [string, string, string][] = [
    ['German', GERMAN, 'de'],
    ['French', FRENCH, 'fr'],
    ['Spanish', SPANISH, 'es'],
    ['Italian', ITALIAN, 'it'],
    ['Portuguese', PORTUGUESE, 'pt'],
    ['Dutch', DUTCH, 'nl'],
  ];
  for (const [name, text, code] of cases) {
    it(`reports a ${name} article as not analysable, naming ${name}`, () => {
      const result = detectLanguage(text);
      expect(result.language).toBe(code);
      expect(result.analysable).toBe(false);
      expect(result.reason).toContain(`looks like ${name}: `);
      expect(result.reason).toMatch(/only English text can be analysed/);
    });
  }

  it('quotes the most frequent German function words in the reason', () => {
    expect(detectLanguage(GERMAN).reason).toMatch(/^looks like German: die, /);
  });

  it('refuses a long Latin-script text in a language without a list (Czech)', () => {
    // Few English function words, so it is not read as English; short Czech words ("a", "se",
    // "na", "do") also sit on the Portuguese list, so the language it names may be wrong.
    const czech = `Premiérka přijela v úterý do Lisabonu na dvoudenní jednání o cenách energií, sdělil její
      úřad. Setká se s předsedkyní Komise a s vedením tří společností, ve středu pak vystoupí na
      tiskové konferenci. Podle úředníků se jednání zaměří na skladování plynu a na náklady nových
      vedení, která mají vzniknout do konce desetiletí.`;
    const result = detectLanguage(czech);
    expect(result.language).not.toBe('en');
    expect(result.analysable).toBe(false);
    expect(result.stopwordShares.en).toBeLessThan(0.06);
  });
});

describe('detectLanguage on other scripts', () => {
  const cases: [string, string, string][] = [
    ['Cyrillic', RUSSIAN, 'cyrillic'],
    ['Han (Chinese characters)', CHINESE, 'han'],
    ['Arabic', ARABIC, 'arabic'],
    ['Hebrew', HEBREW, 'hebrew'],
  ];
  for (const [name, text, script] of cases) {
    it(`reports mostly ${name} script as not analysable`, () => {
      const result = detectLanguage(text);
      expect(result).toMatchObject({ language: 'non-latin', script, analysable: false });
      expect(result.reason).toMatch(
        new RegExp(`^mostly ${name.replace(/[()]/g, '\\$&')} script \\(\\d+% of \\d+ letters\\)`),
      );
      expect(result.latinShare).toBeLessThan(0.1);
    });
  }

  it('counts letters outside the Basic Multilingual Plane once each', () => {
    const result = detectLanguage('𠀀𠀁𠀂 ok');
    expect(result.letters).toBe(5);
  });
});

describe('detectLanguage on short and empty text', () => {
  it(`analyses a German headline under ${MIN_WORDS_TO_JUDGE} words, with low confidence`, () => {
    const result = detectLanguage('Merz trifft Macron in Berlin zu Gesprächen über die Ukraine');
    expect(result.words).toBeLessThan(MIN_WORDS_TO_JUDGE);
    expect(result.analysable).toBe(true);
    expect(result.confidence).toBeLessThan(0.3);
    expect(result.reason).toMatch(/too short to judge/);
  });

  it(`judges a German text of ${MIN_WORDS_TO_JUDGE} words and more`, () => {
    const words = GERMAN.split(/\s+/).slice(0, MIN_WORDS_TO_JUDGE).join(' ');
    expect(detectLanguage(words).analysable).toBe(false);
  });

  it('lets empty text and text without letters through with zero confidence', () => {
    for (const text of ['', '   ', '1 2 3 4 5 6 7 8 9 10', '!!! ??? ...', '😀🎉👍🏽']) {
      const result = detectLanguage(text);
      expect(result).toMatchObject({
        language: 'unknown',
        script: 'none',
        analysable: true,
        confidence: 0,
      });
    }
  });
});

describe('detectLanguage on bad and hostile input', () => {
  it('throws INVALID_ARTICLE for a non-string, saying what it got', () => {
    for (const value of [undefined, null, 42, {}, ['text']]) {
      let caught: unknown;
      try {
        detectLanguage(value as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CorroborateError);
      expect((caught as CorroborateError).code).toBe('INVALID_ARTICLE');
      expect((caught as CorroborateError).message).toMatch(/text must be a string/);
    }
  });

  it('survives lone surrogates, NUL bytes, combining marks and bidi controls', () => {
    const hostile = `\uD800 \uDC00\u0000 a\u0301\u0301\u0301 \u202eevil\u202c ${ENGLISH}`;
    expect(detectLanguage(hostile).language).toBe('en');
  });

  it('looks only at the first LANGUAGE_SAMPLE_CHARS characters of a huge text, in linear time', () => {
    const huge = `${ENGLISH} `.repeat(Math.ceil((4 * LANGUAGE_SAMPLE_CHARS) / ENGLISH.length));
    const result = detectLanguage(`${huge}${GERMAN.repeat(2000)}`);
    expect(result.language).toBe('en');
    expect(result.letters).toBeLessThan(LANGUAGE_SAMPLE_CHARS);
    // Alternating scripts make one regex run per character: still linear.
    expect(detectLanguage('aб1'.repeat(100_000)).script).toBe('latin');
    expect(detectLanguage('\u0301'.repeat(100_000)).language).toBe('unknown');
  });

  it('gives the same result for the same text and never changes its input', () => {
    const text = `${GERMAN} ${ENGLISH}`;
    const copy = `${text}`;
    expect(detectLanguage(text)).toEqual(detectLanguage(copy));
    expect(text).toBe(copy);
    expect(JSON.parse(JSON.stringify(detectLanguage(text)))).toEqual(detectLanguage(text));
  });
});
