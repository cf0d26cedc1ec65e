// Recognising actors: names, proclitics, acronyms, short forms, titles.
#include <doctest/doctest.h>

#include <unicode/translit.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "recognize_internal.h"
#include "test_util.h"
#include "tahaluf/recognize.h"

namespace tahaluf::testing {
namespace {

// "surface=ID" for each mention of the text, in order.
std::vector<std::string> Mentions(const std::string& text, const std::string& date = "2025-06-01") {
  Knowledge& k = TestKnowledge();
  Extractor ex(k.lexicon, k.grammar);
  Document doc = MakeDoc(text, date);
  Extraction r = ex.Extract(doc);
  std::vector<std::string> out;
  for (const SentenceMentions& sm : r.mentions) {
    for (const Mention& m : sm.mentions) {
      out.push_back(doc.text.substr(m.begin, m.end - m.begin) + "=" + r.ActorAt(k.lexicon, m.actor).id);
    }
  }
  return out;
}

TEST_CASE("recognize: Arabic names with proclitics, capitals and nisba adjectives") {
  auto got = Mentions("وصل حفتر لباكستان والتقى بالمسؤولين في إسلام آباد والرياض.");
  INFO(Join(got));
  CHECK(Has(got, "حفتر=HAFTAR"));
  CHECK(Has(got, "لباكستان=PAK"));
  CHECK(Has(got, "إسلام آباد=PAK"));
  CHECK(Has(got, "والرياض=SAU"));
  // A nisba written with hamza on its alef takes the article too: the أل of
  // ألماني is part of the word, so "الألمانية" is the article on it.
  got = Mentions("قالت الحكومة الألمانية إن المستشار الألماني سيزور ألمانيا والمانيا.");
  INFO(Join(got));
  CHECK(Has(got, "الألمانية=DEU"));
  CHECK(Has(got, "الألماني=DEU"));
  CHECK(Has(got, "ألمانيا=DEU"));
  CHECK(Has(got, "والمانيا=DEU"));
  // A nisba spelt as a name of its state ("سورية", Syria) is still read
  // through the article; the name, bare, is still the state's.
  got = Mentions("قالت الحكومة السورية إن الوفد سيزور سورية.");
  INFO(Join(got));
  CHECK(Has(got, "السورية=SYR"));
  CHECK(Has(got, "سورية=SYR"));
}

TEST_CASE("recognize: a name written with the diacritics the lexicon gives it") {
  // عمّان (Amman, Jordan's capital) and عمان (Oman) share their letters;
  // the shadda tells them apart, with or without a proclitic or a vowel.
  auto got = Mentions("وصل الوزير إلى عمّان ثم بعَمّان قادما من عمان.");
  INFO(Join(got));
  CHECK(Has(got, "عمّان=JOR"));
  CHECK(Has(got, "بعَمّان=JOR"));
  CHECK(Has(got, "عمان=OMN"));
}

TEST_CASE("recognize: an abbreviated body or state before an English title is its org") {
  // "U.S." ends in a period that neither ends the sentence nor parts the
  // state from its envoy.
  auto got = Mentions("The U.S. envoy Thomas Barrack met Haftar in Benghazi.");
  INFO(Join(got));
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& g) {
    return g.rfind("U.S. envoy Thomas Barrack=", 0) == 0;
  }));
  CHECK(Has(got, "Haftar=HAFTAR"));
  // An abbreviated rank keeps its period: the name after it is its holder.
  got = Mentions("Sisi met Lt. Gen. Khalifa Haftar in Cairo.");
  INFO(Join(got));
  CHECK(Has(got, "Lt. Gen. Khalifa Haftar=HAFTAR"));
}

TEST_CASE("recognize: an English envoy's name after the posting and a comma") {
  auto got = Mentions("Egypt's ambassador to Sudan, Hani Salah, met Haftar in Benghazi.");
  INFO(Join(got));
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& g) {
    return g.rfind("Egypt's ambassador to Sudan, Hani Salah=X_", 0) == 0;
  }));
}

TEST_CASE("recognize: an office in apposition after a known person is theirs") {
  // Adjectives between the article and the office do not part it from the
  // name before: the office is no mention of its present holder.
  auto got = Mentions("Sisi received Asim Munir, the new Pakistani prime minister, in Cairo.", "2025-09-17");
  INFO(Join(got));
  CHECK(Has(got, "Pakistani prime minister=MUNIR"));
  CHECK(!Has(got, "Pakistani prime minister=SHEHBAZ_SHARIF"));
}

TEST_CASE("recognize: a deputy or a portfolio minister is no anaphor of the minister named before") {
  // "Egypt's deputy foreign minister" after Egypt's foreign minister is
  // another person: the name in apposition before it, not the minister.
  auto got = Mentions("Sisi received Egyptian Foreign Minister Sameh Shoukry. Tariq Hassan, Egypt's deputy foreign "
                      "minister, flew to Khartoum.",
                      "2017-03-01");
  INFO(Join(got));
  CHECK(Has(got, "Egyptian Foreign Minister Sameh Shoukry=X_SAMEH_SHOUKRY"));
  CHECK(Has(got, "Tariq Hassan=X_TARIQ_HASSAN"));
  CHECK(!Has(got, "Egypt's deputy foreign minister=X_SAMEH_SHOUKRY"));
  // Nor is an energy minister the foreign minister named before.
  got = Mentions("Egyptian Foreign Minister Sameh Shoukry spoke. Egypt's energy minister later flew to Khartoum.",
                 "2017-03-01");
  INFO(Join(got));
  CHECK(Has(got, "Egyptian Foreign Minister Sameh Shoukry=X_SAMEH_SHOUKRY"));
  CHECK(!Has(got, "Egypt's energy minister=X_SAMEH_SHOUKRY"));
}

TEST_CASE("recognize: an English spelling variant is capitalised") {
  auto got = Mentions("Sisi met Nasralah in Beirut.");
  INFO(Join(got));
  CHECK(Has(got, "Nasralah=NASRALLAH"));
  got = Mentions("Sisi said nasralah was a word.");
  INFO(Join(got));
  CHECK(!Has(got, "nasralah=NASRALLAH"));
}

TEST_CASE("recognize: acronyms only in capitals") {
  auto got = Mentions("Let us see what the UN and the US say.");
  INFO(Join(got));
  CHECK(Has(got, "UN=UN"));
  CHECK(Has(got, "US=USA"));
  CHECK(!Has(got, "us=USA"));
}

TEST_CASE("recognize: a one-word person name needs its article; على is no Ali") {
  // The test lexicon knows Burhan as البرهان: the bare word is a proof.
  auto got = Mentions("قدم البرهان برهانا على موقفه.");
  INFO(Join(got));
  CHECK(Has(got, "البرهان=BURHAN"));
  CHECK(got.size() == 1);
}

TEST_CASE("recognize: titles resolve to the holder at the document's date") {
  auto got = Mentions("Pakistan's prime minister arrived.", "2025-09-17");
  INFO(Join(got));
  CHECK(Has(got, "Pakistan's prime minister=SHEHBAZ_SHARIF"));
  // Before his second term began (2024-03-04), the lexicon knows no holder.
  got = Mentions("Pakistan's prime minister arrived.", "2023-12-01");
  INFO(Join(got));
  CHECK(!Has(got, "Pakistan's prime minister=SHEHBAZ_SHARIF"));
}

TEST_CASE("recognize: an Arabic title with or without the article: prince or emir") {
  // أمير قطر is the emir (head of state); الأمير before a name is an honorific.
  auto got = Mentions("استقبل الأمير محمد بن سلمان أمير دولة قطر في الرياض.", "2025-06-01");
  INFO(Join(got));
  CHECK(Has(got, "الأمير محمد بن سلمان=MBS"));
  CHECK(Has(got, "أمير دولة قطر=TAMIM"));
}

TEST_CASE("recognize: a new person named after a title in English") {
  // Sharing a first name with a known person (Steven) makes no spelling
  // variant of them; a hyphen carries lower-case parts of a name.
  auto got = Mentions("US Treasury Secretary Steven Mnuchin met Thai Prime Minister Prayut Chan-o-cha.");
  INFO(Join(got));
  CHECK(Has(got, "US Treasury Secretary Steven Mnuchin=X_STEVEN_MNUCHIN"));
  CHECK(Has(got, "Thai Prime Minister Prayut Chan-o-cha=X_PRAYUT_CHAN_O_CHA"));
  // A portfolio between a state's possessive and the office: the state is
  // the person's.
  got = Mentions("Iran's Foreign Ministry spokesman Nasser Kanaani spoke; Syria's security chief Ali Mamlouk listened.");
  INFO(Join(got));
  CHECK(Has(got, "Iran's Foreign Ministry spokesman Nasser Kanaani=X_NASSER_KANAANI"));
  CHECK(Has(got, "Syria's security chief Ali Mamlouk=X_ALI_MAMLOUK"));
  // A name that starts and ends like a known one is that person.
  got = Mentions("Russian envoy Yunus Bek Yevkirov arrived.");
  INFO(Join(got));
  CHECK(!Has(got, "Russian envoy Yunus Bek Yevkirov=X_YUNUS_BEK_YEVKIROV"));
  // A lower-case particle inside the name ("al-", "bin") is part of it, and
  // no known name that shares only the particle makes it a variant; a
  // diplomat or an official is a member of the body named.
  got = Mentions("Qatari diplomat Mutlaq al-Qahtani met a senior UN official, Khalil al-Hayya, and Egypt's "
                 "ambassador to Sudan, Hani el-Sawy, in Doha.");
  INFO(Join(got));
  CHECK(Has(got, "Qatari diplomat Mutlaq al-Qahtani=X_MUTLAQ_AL_QAHTANI"));
  CHECK(Has(got, "UN official, Khalil al-Hayya=X_KHALIL_AL_HAYYA"));
  CHECK(Has(got, "Egypt's ambassador to Sudan, Hani el-Sawy=X_HANI_EL_SAWY"));
}

TEST_CASE("recognize: a spelling variant differs inside the word, not at its end") {
  // An ending is inflection or another word: Sistan (the Iranian province)
  // is no Sistani, سيستأنف ("will resume") no السيستاني; Yevkirov is Yevkurov.
  Knowledge& k = TestKnowledge();
  auto fuzzy = [&](const std::string& w) {
    std::vector<std::string> ids;
    for (uint32_t id : k.lexicon.FuzzyPersonNames(w)) ids.push_back(k.lexicon.actor(k.lexicon.name(id).actor).id);
    return ids;
  };
  CHECK(Has(fuzzy("yevkirov"), "YEVKUROV"));
  CHECK(Has(fuzzy("يفكيروف"), "YEVKUROV"));
  CHECK(Has(fuzzy("riabkov"), "RYABKOV"));
  CHECK(fuzzy("ryabkova").empty());  // an ending added
  CHECK(fuzzy("ryabkow").empty());   // an ending changed
  CHECK(fuzzy("نصراللي").empty());
  // A variant is a name of its own, not the end of another after "al-":
  // "Karim al-Riabkov" is no Ryabkov.
  auto got = Mentions("Government spokesman Karim al-Riabkov said the talks would go on.");
  INFO(Join(got));
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& m) { return m.find("=RYABKOV") != std::string::npos; }));
  CHECK(Has(fuzzy("riabkov"), "RYABKOV"));
}

TEST_CASE("recognize: a body's name inside a longer name is another body") {
  // "United Nations" is a known body; "Model United Nations Club" is not it,
  // nor is "الأمم المتحدة والتنمية الأفريقية".
  auto got = Mentions("The Model United Nations Club met. The United Nations met.");
  INFO(Join(got));
  CHECK(std::count(got.begin(), got.end(), "United Nations=UN") == 1);
  auto ar = Mentions("أعلنت الأمم المتحدة والتنمية الأفريقية خطة. ورحبت الأمم المتحدة بها.");
  INFO(Join(ar));
  CHECK(std::count_if(ar.begin(), ar.end(), [](const std::string& g) {
          return g.find("=UN") != std::string::npos;
        }) == 1);
}

TEST_CASE("recognize: persons and organisations the lexicon does not know") {
  auto got = Mentions("Sudan's foreign minister Ali Youssef met leaders of the Sudan Liberation Movement.");
  INFO(Join(got));
  bool person = false, org = false;
  for (const std::string& g : got) {
    person |= g.find("Ali Youssef=X_ALI_YOUSSEF") != std::string::npos;
    org |= g == "Sudan Liberation Movement=X_SUDAN_LIBERATION_MOVEMENT";
  }
  CHECK(person);
  CHECK(org);
}

TEST_CASE("recognize: an Arabic office with its state introduces a name it is followed by") {
  struct Row {
    const char* text;
    const char* want;      // a mention's surface, "" for none
    const char* not_want;  // a surface that must not be a mention
  };
  const Row rows[] = {
      // A portfolio between the office and its nisba; a given name.
      {"انتقد وزير الإعلام اللبناني جورج قرداحي الحرب.", "وزير الإعلام اللبناني جورج قرداحي", ""},
      // A deputy's title names the deputy, not the minister; a rank after a comma.
      {"وكان نائب وزير الخارجية السعودي، المهندس وليد الخريجي في الاستقبال.",
       "نائب وزير الخارجية السعودي، المهندس وليد الخريجي", "وزير الخارجية السعودي"},
      // A noun after the office is no name: no given name, no particle.
      {"أكد الرئيس التركي أهمية الحوار.", "", "الرئيس التركي أهمية الحوار"},
      // A counterpart, or an office with another state's nisba, starts
      // another person: no chain of offices across it.
      {"استقبل الرئيس المصري وزير الخارجية الباكستاني.", "الرئيس المصري", "الرئيس المصري وزير الخارجية"},
      {"التقى الرئيس المصري نظيره الباكستاني.", "الرئيس المصري", "الرئيس المصري نظيره"},
      // An office after a given name ends the name: no "خالد الرئيس".
      {"استقبل الأمير خالد الرئيس في الرياض.", "", "الأمير خالد الرئيس"},
      // A given name before a time noun is a time of day: "صباح اليوم" (this morning).
      {"واستدعى السيسي السفير التركي صباح اليوم لإبلاغه بالقرار.", "", "السفير التركي صباح اليوم"},
      // A body the lexicon lacks, named after the office by its head word.
      {"قال رئيس تيار المردة سليمان فرنجية إن الحكومة باقية.", "رئيس تيار المردة سليمان فرنجية", ""},
      // The posting between the office and the name; a particle first.
      {"استدعيت القائم بالأعمال الإيراني في بغداد أبو الفضل عزيزي.",
       "القائم بالأعمال الإيراني في بغداد أبو الفضل عزيزي", ""},
      // Only a posted office (an envoy, a commander) has a posting: a
      // president's destination is no part of his title.
      {"ووصل رئيس الوزراء الباكستاني إلى دمشق قادما من موسكو.", "رئيس الوزراء الباكستاني",
       "رئيس الوزراء الباكستاني إلى دمشق"},
      // A portfolio of two nouns joined by و between the office and its nisba.
      {"أعلن وزير الصناعة والتجارة الأردني يوسف الشمالي الخطة.", "وزير الصناعة والتجارة الأردني يوسف الشمالي", ""},
      // Offices chained before one name, with the rest of a portfolio
      // between them: the whole chain is the person's.
      {"استقبل نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الليبي سالم الورفلي الوفد.",
       "نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الليبي سالم الورفلي", ""},
      // The place an office in the chain is of ("حاكم بنغازي") is no
      // mention of its own.
      {"وحضر نائب رئيس الدولة حاكم بنغازي الشيخ تميم بن حمد آل ثاني.",
       "نائب رئيس الدولة حاكم بنغازي الشيخ تميم بن حمد آل ثاني", "بنغازي"},
      // علي written with a dotted yeh is the name Ali; على is a preposition.
      {"استقبل نظيره العراقي علي علاوي في عمان.", "نظيره العراقي علي علاوي", ""},
      {"التقى رئيس الوزراء الباكستاني على هامش القمة نظراءه.", "رئيس الوزراء الباكستاني",
       "رئيس الوزراء الباكستاني على هامش"},
      // An envoy's title with a possessive pronoun: the state named before.
      {"طلبت الكويت من القاهرة تعيين سفيرها طارق القوني في المنصب.", "سفيرها طارق القوني", ""},
      // A foreign name no list holds: two plain words closed by a comma.
      {"بعثت باريس برسالة عبر مبعوثها جان لودريان، وأكدت دعمها.", "مبعوثها جان لودريان", ""},
      // ... or by the complement clause it says.
      {"وقالت وزيرة الخارجية اليابانية يوكو كاميكاوا إن طوكيو تتابع القضية.",
       "وزيرة الخارجية اليابانية يوكو كاميكاوا", ""},
      // A name joined by و after a bare title is the next item of a list.
      {"اجتمع الوزير في الرياض بكل من ولي العهد وحفتر.", "وحفتر", "ولي العهد وحفتر"},
      // A given name before a known family name is another member of it.
      {"أدرجت واشنطن جواد نصرالله، نجل حسن نصرالله، على القائمة.", "جواد نصرالله", ""},
      // ... but another spelling of the person's own given name is no new
      // person (the lexicon writes حسن).
      {"أدرجت واشنطن حسان نصرالله على القائمة.", "نصرالله", "حسان نصرالله"},
      // A member of a body named after في; a third plain word ends the
      // name where the next office is joined by و.
      {"وقال القيادي في قوات الدعم السريع عزام الأحمد إن الحوار سيستأنف.", "القيادي في قوات الدعم السريع عزام الأحمد", ""},
      {"ترأس الوفدين نائب وزير الخارجية المصري حمدي سند لوزا ونائب وزير الخارجية التركي سادات أونال.",
       "نائب وزير الخارجية المصري حمدي سند لوزا", ""},
      // An office in apposition after an unknown name is that person's,
      // not the office's present holder's.
      {"قال باراكا أوتينو، وزير الخارجية الكيني، إن بلاده ستتوسط.", "باراكا أوتينو", ""},
      {"Baraka Otieno, the Kenyan foreign minister, flew to Mogadishu.", "Baraka Otieno", ""},
      {"The delegation was led by Obaid al-Tayer, the Egyptian minister of state.", "Obaid al-Tayer", ""},
      // A family name with the article after a lone given name or a
      // patronymic ends the name; a compound given name (عماد الدين) does not.
      {"وقع وزير الطاقة السعودي خالد الفالح الاتفاق.", "وزير الطاقة السعودي خالد الفالح",
       "وزير الطاقة السعودي خالد الفالح الاتفاق"},
      {"التقى نظيره القطري الفريق الركن غانم بن شاهين الغانم.", "نظيره القطري الفريق الركن غانم بن شاهين الغانم", ""},
      {"التقى نظيره السوداني الفريق أول عماد الدين مصطفى عدوي.",
       "نظيره السوداني الفريق أول عماد الدين مصطفى عدوي", ""},
      // A known person of another state than the first office's nisba holds
      // only the offices after it; the first stands for its own holder.
      {"ثم التقى الرئيس المصري رئيس الوزراء شهباز شريف في القاهرة.", "رئيس الوزراء شهباز شريف",
       "الرئيس المصري رئيس الوزراء شهباز شريف"},
      // An alias that stops inside the person's full name runs on to its end.
      {"استقبل السيسي أمير قطر تميم بن حمد آل ثاني في القاهرة.", "أمير قطر تميم بن حمد آل ثاني",
       "أمير قطر تميم بن حمد"},
      {"Sisi met Emir Sheikh Tamim bin Hamad Al Thani in Cairo.", "Emir Sheikh Tamim bin Hamad Al Thani", "Emir Sheikh Tamim"},
      // A name never ends with its particle.
      {"وأعلن نائب رئيس الوزراء العماني السيد فهد بن محمود آل سعيد تقديم المساعدة.",
       "نائب رئيس الوزراء العماني السيد فهد بن محمود آل سعيد", "نائب رئيس الوزراء العماني السيد فهد بن محمود آل"},
      // A hamza on the first alef is no article (ألكسندر); two plain words
      // with no particle are the name, the third the sentence's noun.
      {"ووقع ونظيره الروسي ألكسندر نوفاك خارطة طريق.", "ونظيره الروسي ألكسندر نوفاك",
       "ونظيره الروسي ألكسندر نوفاك خارطة"},
      // A nisba with و before a rank and a name goes on a list of
      // counterparts: it is the person's ("and the Qatari one, N").
      {"التقى نظيره السوداني الفريق أول أحمد خليفة، والقطري الفريق الركن سالم النابت.",
       "والقطري الفريق الركن سالم النابت", "والقطري"},
      {"وحضر نظيره الليبي خليفة حفتر والمصري عبد الفتاح السيسي.", "والمصري عبد الفتاح السيسي", "والمصري"},
      // A body's name with an adjective that makes another body names that
      // one: the Turkish-Sudanese strategic council is no Gulf council.
      {"وأيد مجلس التعاون القرار.", "مجلس التعاون", ""},
      {"وترأس الرئيسان اجتماع مجلس التعاون الاستراتيجي بين البلدين.", "", "مجلس التعاون"},
      // English: a portfolio of several words; the name after a comma.
      {"Egypt's Culture and Sports Minister, Ashraf Sobhy, flew to Rabat.",
       "Egypt's Culture and Sports Minister, Ashraf Sobhy", ""},
      // ... a portfolio in lower case after the office, before the comma.
      {"Morocco's minister of state for human rights, Mustapha Ramid, wrote to Madrid.",
       "Morocco's minister of state for human rights, Mustapha Ramid", ""},
      // An attaché is posted like an envoy: the place, then the name.
      {"Qatar's media attache in Washington, Ali al-Ansari, said the deal stood.",
       "Qatar's media attache in Washington, Ali al-Ansari", ""},
      // ... and so is a consul.
      {"Turkey's consul general in Cairo, Ozturk Yilmaz, was taken hostage.",
       "Turkey's consul general in Cairo, Ozturk Yilmaz", ""},
      // A known person after the comma holds the office (not its holder
      // of today).
      {"Pakistan's prime minister, Shehbaz Sharif, flew to Riyadh.", "Pakistan's prime minister, Shehbaz Sharif", ""},
      {"Sudan's foreign minister, Ali Youssef, flew to Cairo.", "Sudan's foreign minister, Ali Youssef", ""},
      // The state an office is in, after في, between the office and its holder.
      {"استقبل السيسي وزير الخارجية والتعاون الدولي في باكستان عاصم منير.",
       "وزير الخارجية والتعاون الدولي في باكستان عاصم منير", ""},
      // A sea named after a place is no actor.
      {"Two tankers were attacked in the Gulf of Oman.", "", "Oman"},
      {"وقعت الهجمات في خليج عدن قرب سواحل اليمن.", "اليمن", "عدن"},
      // A place named after a person is no person.
      {"Sisi was greeted at King Khalid International Airport.", "", "King Khalid International Airport"},
      // English: a portfolio between the nisba and the office.
      {"Lebanese Information Minister George Kordahi spoke.", "Lebanese Information Minister George Kordahi", ""},
  };
  for (const Row& row : rows) {
    std::vector<std::string> got = Mentions(row.text);
    const std::string text = row.text;
    CAPTURE(text);
    INFO(Join(got));
    auto surface = [&](const std::string& s) {
      return std::any_of(got.begin(), got.end(), [&](const std::string& g) { return g.substr(0, g.find('=')) == s; });
    };
    if (*row.want) CHECK(surface(row.want));
    if (*row.not_want) CHECK_FALSE(surface(row.not_want));
  }
}

TEST_CASE("recognize: a short name takes the particle of lineage before it") {
  // "مع بن فرحان": the preposition governs the mention, not a word before it.
  auto got = Mentions("التقى السيسي فيصل بن فرحان في القاهرة. ثم عقد محادثات مع بن فرحان.");
  INFO(Join(got));
  CHECK(Has(got, "بن فرحان=FAISAL_BF"));
  got = Dump("التقى فيصل بن فرحان بوتين في موسكو. ثم عقد السيسي محادثات مع بن فرحان.");
  INFO(Join(got));
  CHECK(Has(got, "FAISAL_BF meet SISI"));
}

TEST_CASE("recognize: an office's word is no short name of the person it stood for") {
  // "رئيس إيراني" stands for Raisi; a later "الرئيس" before Sisi's name is
  // Sisi's title, not Raisi one edit away.
  const std::vector<std::string> got =
      Mentions("وصل رئيس إيراني إلى الرياض. ثم التقى الرئيس عبد الفتاح السيسي.", "2023-11-11");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "الرئيس عبد الفتاح السيسي=SISI") != got.end());
  CHECK(std::find(got.begin(), got.end(), "الرئيس=RAISI") == got.end());
}

TEST_CASE("recognize: a name found up to a known family name, opening with that person's given name, is that person") {
  const std::vector<std::string> got =
      Mentions("وأعرب الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني عن قلقه.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(),
                  "الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني=ZAYANI") != got.end());
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& m) { return m.find("=X_") != std::string::npos; }));
}

TEST_CASE("recognize: a person the lexicon places in a state counts for it among the two countries") {
  const std::vector<std::string> got =
      Mentions("Haftar met Sisi in Benghazi. Sisi later flew to Pakistan, where the two countries signed a defence pact.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "two countries=EGY") != got.end());
  CHECK(std::find(got.begin(), got.end(), "two countries=PAK") != got.end());
}


TEST_CASE("recognize: a place named after a person is no mention of them") {
  // English names the person first, Arabic after the place's noun; the
  // noun with the article ("بالمطار") is the airport itself, then the person.
  const std::vector<std::string> got =
      Mentions("Sisi met Haftar. Haftar later landed at Khalifa Haftar International Airport and toured the Sisi "
               "Grand Mosque. وصل حفتر إلى مطار المشير خليفة حفتر الدولي. وكان في استقباله بالمطار المشير حفتر.");
  INFO(Join(got));
  CHECK(std::count(got.begin(), got.end(), "Haftar=HAFTAR") == 2);
  CHECK(std::count(got.begin(), got.end(), "Sisi=SISI") == 1);
  CHECK(std::find(got.begin(), got.end(), "Khalifa Haftar=HAFTAR") == got.end());
  CHECK(std::find(got.begin(), got.end(), "المشير خليفة حفتر=HAFTAR") == got.end());
  CHECK(std::find(got.begin(), got.end(), "المشير حفتر=HAFTAR") != got.end());
}

TEST_CASE("recognize: unnamed rebels are the opposition of the most-named state that has one") {
  const std::vector<std::string> got = Mentions(
      "Putin flew to Syria and met officials in Damascus. Saudi Arabia supported rebels seeking the overthrow of the government in Syria, and "
      "opposition-held areas were bombed. وكانت قطر من أبرز الداعمين لفصائل المعارضة في سوريا.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "rebels=SYR_OPP") != got.end());
  CHECK(std::find(got.begin(), got.end(), "لفصائل المعارضة=SYR_OPP") != got.end());
  CHECK(std::find(got.begin(), got.end(), "opposition=SYR_OPP") == got.end());
  // With no state named before, or one without an armed opposition the
  // lexicon knows, rebels stay unnamed.
  const std::vector<std::string> none = Mentions("Rebels attacked the town. Sudan said rebels attacked the town.");
  INFO(Join(none));
  CHECK(std::none_of(none.begin(), none.end(), [](const std::string& m) { return m.find("=SYR_OPP") != std::string::npos; }));
  // Qatar and Turkey are named most, but only Syria has an armed
  // opposition the lexicon knows.
  const std::vector<std::string> backers = Mentions(
      "Qatar and Turkey met in Syria. Qatar and Turkey have long backed the rebels fighting Assad.");
  INFO(Join(backers));
  CHECK(std::find(backers.begin(), backers.end(), "rebels=SYR_OPP") != backers.end());
}

TEST_CASE("recognize: a coalition led by a state is the body the state leads") {
  std::vector<std::string> got = Mentions("وانتقد حفتر التحالف الذي تقوده الرياض في اليمن.");
  INFO(Join(got));
  CHECK(Has(got, "التحالف=COALITION"));
  CHECK(Has(got, "الرياض=SAU"));
  got = Mentions("Sudan sent troops to the coalition led by Saudi Arabia in 2015.");
  INFO(Join(got));
  CHECK(Has(got, "coalition=COALITION"));
  CHECK(Has(got, "Saudi Arabia=SAU"));
  // A state that leads no coalition names none; nor does a coalition not led by a state.
  got = Mentions("Sudan joined a coalition led by Egypt. وقال التحالف الذي يقوده حفتر إنه تقدم.");
  INFO(Join(got));
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& m) { return m.find("=COALITION") != std::string::npos; }));
}

TEST_CASE("recognize: an unnamed parliament is that of the state the document names most") {
  const std::vector<std::string> got = Mentions(
      "عاد حفتر إلى ليبيا بعد زيارة مصر، وقال إن ليبيا آمنة. وأيد مجلس النواب المشير خليفة حفتر. Libya's crisis deepened as the House of Representatives "
      "met. وانتقد البرلمان التركي القرار.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "مجلس النواب=LBY_HOR") != got.end());
  CHECK(std::find(got.begin(), got.end(), "House of Representatives=LBY_HOR") != got.end());
  CHECK(std::find(got.begin(), got.end(), "البرلمان=LBY_HOR") == got.end());  // the Turkish one
  // With no state named, a parliament stays unnamed.
  const std::vector<std::string> none = Mentions("The parliament met on Sunday. وانعقد البرلمان أمس.");
  INFO(Join(none));
  CHECK(std::none_of(none.begin(), none.end(), [](const std::string& m) { return m.find("=LBY_HOR") != std::string::npos; }));
}

TEST_CASE("recognize: the two sides are no capital named as a place, and the same two when said again") {
  const std::vector<std::string> got = Mentions(
      "اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في العاصمة الخرطوم، في أخطر مواجهة بين الطرفين منذ "
      "زيارة الرئيس عبد الفتاح السيسي للسودان. وتبادل الطرفان الاتهامات.");
  INFO(Join(got));
  for (const char* want : {"الطرفين=SAF", "الطرفين=RSF", "الطرفان=SAF", "الطرفان=RSF"}) {
    CHECK(std::find(got.begin(), got.end(), want) != got.end());
  }
  CHECK(std::find(got.begin(), got.end(), "الطرفين=SDN") == got.end());
  CHECK(std::find(got.begin(), got.end(), "الطرفان=SISI") == got.end());
}

TEST_CASE("recognize: الأمير written with the article is a prince's honorific, أمير without it an emir's office") {
  const std::vector<std::string> got =
      Mentions("وكان الأمير حمزة بن الحسين قد نفى الاتهامات. ثم التقى أمير قطر الشيخ تميم بن حمد.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "الأمير حمزة بن الحسين=X_HMZT_BN_ALHSYN") != got.end());
  CHECK(std::find(got.begin(), got.end(), "أمير قطر الشيخ تميم بن حمد=TAMIM") != got.end());
}

TEST_CASE("recognize: an object pronoun after the one person of its sentence a preposition governs stands for that person") {
  // "Sisi received him": the one person named before is the subject, so
  // him is someone before; "the main backer of Haftar ... to topple him":
  // Haftar is no subject, so him is Haftar.
  auto got = Mentions("Putin met Sisi. Egypt is the main backer of Khalifa Haftar, while Turkey arms rebels fighting to "
                      "topple him. Haftar flew to Cairo. Sisi received him at the palace.");
  INFO(Join(got));
  CHECK(std::count(got.begin(), got.end(), "him=HAFTAR") == 2);
}

TEST_CASE("recognize: a monarch the lexicon lacks may go by one name after the office") {
  const std::vector<std::string> got = Mentions("Spain's King Felipe sent condolences. Chad's President Mahamat met him.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "Spain's King Felipe=X_KING_FELIPE") != got.end());
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& m) { return m.find("=X_PRESIDENT") != std::string::npos; }));
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& m) { return m.find("Mahamat=X_") != std::string::npos; }));
}

TEST_CASE("recognize: a two-word name with the lineage between its words is that person") {
  const std::vector<std::string> got =
      Mentions("وصل صدام بن خليفة حفتر إلى القاهرة. Saddam bin Khalifa Haftar met Sisi. Hamad bin Khalifa Al Thani left.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "صدام بن خليفة حفتر=SADDAM_HAFTAR") != got.end());
  CHECK(std::find(got.begin(), got.end(), "Saddam bin Khalifa Haftar=SADDAM_HAFTAR") != got.end());
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& m) { return m.find("=HAFTAR") != std::string::npos; }));
}

TEST_CASE("recognize: علي with a dotted yeh inside a name after a rank, and a family name in ي closing the longest name") {
  const std::vector<std::string> got = Mentions("وترأس الوفد العميد محمد علي مصبح الأحبابي، وأجرى مباحثات.");
  INFO(Join(got));
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& m) {
    return m.rfind("العميد محمد علي مصبح الأحبابي=X_", 0) == 0;
  }));
}

TEST_CASE("recognize: an office said of someone after \"as\" is no mention of its holder") {
  std::vector<std::string> got = Mentions("Putin named Haftar as Egypt's president, a Moscow paper joked.", "2023-01-01");
  INFO(Join(got));
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& m) { return m.find("=SISI") != std::string::npos; }));
  got = Mentions("Putin met Egypt's president.", "2023-01-01");
  INFO(Join(got));
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& m) { return m.find("=SISI") != std::string::npos; }));
}

TEST_CASE("recognize: an English name before \"government\" or \"administration\" names what the person leads") {
  const std::vector<std::string> got = Mentions("The Sisi administration and the Haftar government signed a deal.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "Sisi administration=EGY") != got.end());
  CHECK(std::find(got.begin(), got.end(), "Haftar government=LBY_LNA") != got.end());
}

TEST_CASE("recognize: a royal house's name is no short name of one of its members") {
  const std::vector<std::string> got = Mentions("وصل الشيخ تميم بن حمد آل ثاني إلى القاهرة. وقال ثاني إن الزيارة مهمة.");
  INFO(Join(got));
  CHECK(std::find(got.begin(), got.end(), "ثاني=TAMIM") == got.end());
}

TEST_CASE("recognize: an Arabic name one edit from a known one is it only by a transliteration's edit") {
  // A long vowel written for another, or left out, is another spelling of
  // the name; a consonant changed or dropped makes another word.
  auto got = Mentions("وصل يفكيروف. ثم التقى يفكروف. وقال يفكوتوف. ورد يفلوروف.");
  INFO(Join(got));
  CHECK(Has(got, "يفكيروف=YEVKUROV"));
  CHECK(Has(got, "يفكروف=YEVKUROV"));
  CHECK(std::count_if(got.begin(), got.end(), [](const std::string& m) { return m.ends_with("=YEVKUROV"); }) == 2);
}

TEST_CASE("recognize: after an envoy's posting, the next words are the envoy's name") {
  // A foreign name in Arabic has no given name a list holds; after "لدى
  // الصومال" it is still the ambassador's. A given name in و is no
  // portfolio's rest ("وزير الخارجية وشؤون المغتربين").
  auto got = Mentions("استدعت كينيا سفيرها لدى الصومال لوكاس تومبو للتشاور. "
                      "والتقى السفير السعودي لدى لبنان وليد بخاري الرئيس.");
  INFO(Join(got));
  CHECK(Has(got, "سفيرها لدى الصومال لوكاس تومبو=X_LWKAS_TWMBW"));
  CHECK(Has(got, "السفير السعودي لدى لبنان وليد بخاري=X_WLYD_BKHARY"));
}

TEST_CASE("recognize: a monarch's number is no short name of the monarch") {
  auto got = Mentions("استقبل الملك محمد السادس الرئيس المصري. وفي اليوم السادس من الزيارة غادر. "
                      "King Mohammed VI met him. Under phase VI of the plan, Mohammed VI spoke.");
  INFO(Join(got));
  CHECK(std::count_if(got.begin(), got.end(), [](const std::string& m) { return m.ends_with("=MOHAMMED_VI"); }) == 3);
  CHECK_FALSE(Has(got, "السادس=MOHAMMED_VI"));
}

TEST_CASE("recognize: a name written with a possessive is matched with it") {
  auto got = Mentions("The Sudan People's Liberation Movement-North said the SPLM-N would talk.");
  INFO(Join(got));
  CHECK(Has(got, "Sudan People's Liberation Movement-North=SPLM_N"));
  CHECK(Has(got, "SPLM-N=SPLM_N"));
}

TEST_CASE("recognize: an abbreviation's period and a hyphen together join a name's words") {
  auto got = Mentions("The U.S.-led coalition struck Islamic State positions.");
  INFO(Join(got));
  CHECK(Has(got, "U.S.-led coalition=GLOBAL_COALITION"));
}

}  // namespace
}  // namespace tahaluf::testing

namespace tahaluf::testing {
namespace {

// The transliterator made from ICU's rules spells as ICU's own, made by
// name, does: every Arabic name of the curated actors, with and without
// the words around it, and characters each step treats apart (a filter's
// edge, quotes title case passes, Latin and Greek letters ICU's title case
// is left to).
TEST_CASE("recognize: discovered Arabic names spelled as ICU's Arabic-Latin; Latin-ASCII; Title") {
  std::unique_ptr<icu::Transliterator> made = recognize_internal::MakeArabicToLatin();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> named(
      icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII; Title", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  REQUIRE(made);
  std::vector<std::string> texts = {
      "عبد الفتاح السيسي", "الأمير", "'أمير قطر'", "سعيد عبد الله", "ؤئءآ ٠١٢ ۴ ٫", "ﻻ ﷲ ﷺ",
      "محمد (O'Brien) ΣΑΣ", "İstanbul ǅ ß", "٢٫٥ ٢٬٥", "٢\u200E٫٥", "عمرو-موسى", "a.b ʿAli ʾx", "", " "};
  std::ifstream actors(DataPath("actors.tsv"));
  for (std::string line; std::getline(actors, line);) {
    const size_t a = line.find('\t', line.find('\t', line.find('\t') + 1) + 1);
    if (a != std::string::npos) texts.push_back(line.substr(a + 1, line.find('\t', a + 1) - a - 1));
  }
  CHECK(texts.size() > 1000);
  size_t differ = 0;
  for (const std::string& text : texts) {
    icu::UnicodeString x = icu::UnicodeString::fromUTF8(text), y = x;
    made->transliterate(x);
    named->transliterate(y);
    if (x != y && ++differ < 5) {
      std::string got, want;
      x.toUTF8String(got);
      y.toUTF8String(want);
      CHECK_MESSAGE(false, text << ": " << got << " != " << want);
    }
  }
  CHECK(differ == 0);
}

}  // namespace
}  // namespace tahaluf::testing
