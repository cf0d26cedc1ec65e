// Extraction: who did what to whom, in sentences written for these tests.
#include <doctest/doctest.h>

#include "test_util.h"

namespace tahaluf::testing {
namespace {

struct Row {
  const char* text;
  std::vector<std::string> want;      // lines that must be there
  std::vector<std::string> not_want;  // lines that must not
};

void Check(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    std::vector<std::string> got = Dump(row.text);
    std::string text = row.text;
    CAPTURE(text);
    INFO("got:", Join(got));
    for (const std::string& w : row.want) CHECK_MESSAGE(Has(got, w), "missing: " << w);
    for (const std::string& w : row.not_want) CHECK_MESSAGE(!Has(got, w), "unwanted: " << w);
  }
}

// The lines a test names are compared as Dump writes them: a symmetric
// relation's ids in either order, or an unwanted line could never be found.
TEST_CASE("extract: test lines name a symmetric relation either way round") {
  CHECK(Canonical("SISI meet HAFTAR") == "HAFTAR meet SISI");
  CHECK(Canonical("QAT sign_agreement EGY negated") == "EGY sign_agreement QAT negated");
  CHECK(Canonical("SISI visit EGY") == "SISI visit EGY");
  CHECK(Canonical("EGY meet QAT @svo") == "EGY meet QAT @svo");
  CHECK(Has({"HAFTAR meet SISI"}, "SISI meet HAFTAR"));
}

TEST_CASE("extract: Arabic verb-first and subject-first clauses") {
  Check({
      {"التقى الرئيس المصري عبد الفتاح السيسي بالمشير خليفة حفتر يوم الأحد.",
       {"HAFTAR meet SISI"}, {}},
      // ب on a city is where: "وقعا بالقاهرة" signed in Cairo, not with it.
      {"وقع السيسي وحفتر بالقاهرة اتفاقا للتعاون العسكري.", {"SISI sign_agreement HAFTAR", "HAFTAR visit EGY"},
       {"HAFTAR sign_agreement EGY"}},
      {"التقى السيسي بالقاهرة المشير خليفة حفتر.", {"SISI meet HAFTAR", "HAFTAR visit EGY"}, {}},
      // Calling someone: "اتصل X بـY".
      {"واتصل الرئيس المصري عبد الفتاح السيسي هاتفيا بالمشير خليفة حفتر.", {"SISI meet HAFTAR"}, {}},
      {"الجزائر تتهم المغرب بدعم جماعات انفصالية.", {"DZA accuse MAR"}, {}},
      // The charge is the accused's act, however long the accuser's name.
      {"اتهم رئيس مجلس السيادة في السودان، الفريق أول عبد الفتاح البرهان، الإمارات بتزويد "
       "قوات الدعم السريع بالأسلحة.",
       {"BURHAN accuse ARE", "ARE supply_arms RSF"}, {"BURHAN supply_arms ARE", "BURHAN support ARE"}},
      {"هاجمت قوات الدعم السريع مدينة الفاشر، واتهمت الحكومة السودانية الإمارات بتسليحها.",
       {}, {"ARE attack RSF"}},
      {"وقعت المملكة العربية السعودية وباكستان اتفاقية دفاع مشترك.",
       {"PAK defense_pact SAU"}, {}},
      // A list runs through the quotation marks around its names.
      {"وقال مسؤول إن “الدعم السريع” و”داعش” يحصلان على السلاح من ليبيا.",
       {"LBY supply_arms RSF", "LBY supply_arms ISIS"}, {}},
      // A multi-word masdar cue with its possessor as a suffix.
      {"أكدت الإمارات وقوفها الكامل إلى جانب البحرين.", {"ARE support BHR"}, {}},
      {"أكدت الإمارات وقوفها مع البحرين في مواجهة الهجمات.", {"ARE support BHR"}, {}},
      {"وجدد الوزير وقوف مصر مع السودان.", {"EGY support SDN"}, {}},
      {"Russia defended Haftar at the Security Council.", {"RUS support HAFTAR"}, {}},
  });
}

TEST_CASE("extract: a second verb with no written subject continues the first") {
  Check({
      // The actor right after an opening كان is the sentence's subject.
      {"التقى بوتين السيسي. وكانت قطر قد أغلقت سفارتها في القاهرة ودعمت قوات الدعم السريع.", {"QAT support RSF"},
       {"PUTIN support RSF", "SISI support RSF"}},
      // A pronoun on a verb of meeting is the person named before it; the
      // subject is after the verb.
      {"زار حفتر موسكو واستقبله بوتين.", {"PUTIN host HAFTAR", "PUTIN meet HAFTAR"}, {}},
      {"زار حفتر القاهرة والتقى السيسي.", {"HAFTAR visit EGY", "HAFTAR meet SISI"}, {}},
      // Companions went where the one they escorted went.
      {"زار خليفة حفتر موسكو. ورافق حفتر في الزيارة نجله صدام حفتر.",
       {"SADDAM_HAFTAR visit RUS"}, {"SADDAM_HAFTAR visit HAFTAR"}},
      {"Khalifa Haftar visited Moscow on Monday, accompanied by Saddam Haftar.",
       {"HAFTAR visit RUS", "SADDAM_HAFTAR visit RUS"}, {}},
      {"ورافق حفتر في الزيارة نجله صدام حفتر.", {}, {"SADDAM_HAFTAR visit RUS"}},  // no visit yet
      // An event noun with a pronoun on it: the act of the one before it.
      {"أكدت مصر دعمها الكامل للجيش السوداني.", {"EGY support SAF"}, {"SAF support EGY"}},
      {"قال مراقبون إن زيارة حفتر إلى القاهرة مهمة.", {"HAFTAR visit EGY"}, {}},  // زيارة: no pronoun
      // "in his reception was X": the one received is the clause's subject.
      {"وصل حفتر إلى القاهرة، حيث كان في استقباله الرئيس عبد الفتاح السيسي.",
       {"HAFTAR visit EGY", "HAFTAR meet SISI"}, {}},
      // One person attacking another speaks against them; a state strikes.
      {"هاجم السيسي حفتر في خطاب متلفز.", {"SISI condemn HAFTAR"}, {"SISI attack HAFTAR"}},
      {"هاجمت مصر قوات حفتر.", {"EGY attack LBY_LNA"}, {"EGY condemn LBY_LNA"}},
      // A reception: the host met the guest, hosted them, and the guest came.
      {"استقبل الرئيس عبد الفتاح السيسي المشير خليفة حفتر في القاهرة.",
       {"SISI host HAFTAR", "HAFTAR meet SISI", "HAFTAR visit EGY"}, {"HAFTAR host SISI"}},
      {"استقبل الرئيس عبد الفتاح السيسي وزير الخارجية المصري بدر عبد العاطي.", {}, {"SISI host ABDELATTY"}},
      {"Khalifa Haftar was received by Sisi on Sunday.", {"SISI host HAFTAR", "HAFTAR meet SISI"}, {"HAFTAR host SISI"}},
      // The leader after بقيادة / headed by is no other cue's object.
      {"أيد الجيش السوداني بقيادة البرهان الضربات المصرية.", {}, {"SAF support BURHAN"}},
      // A passive's agent is not the subject carried on.
      {"تقدم الجيش السوداني بقيادة البرهان نحو الخرطوم، واتهم موسكو بالتدخل.", {},
       {"BURHAN accuse RUS"}},
  });
}

TEST_CASE("extract: a relative clause has its own subject and object") {
  Check({
      {"Sudan wants its institutions kept, a view close to that of Egypt, which backs the RSF.",
       {"EGY support RSF"}, {"SDN support RSF"}},
      {"التقى حفتر وفدا من الإمارات التي تدعم قوات الدعم السريع.", {"ARE support RSF"},
       {"HAFTAR support RSF"}},
      // Auxiliaries between the pronoun and the verb; a place between the
      // head and the pronoun.
      {"The talks were tense. Egypt, which has long backed the RSF, called for calm.",
       {"EGY support RSF"}, {}},
      {"Mistrust persists over support for the RSF in Sudan, who have fought Egypt since 2023.",
       {"EGY clash RSF"}, {"EGY clash SDN"}},
      // ... also when a verb stands between that comma and the cue.
      {"وذكرت الرئاسة أن اللقاء، الذي حضره المشير خليفة حفتر، تناول التعاون الأمني مع مصر.", {},
       {"EGY security_cooperation HAFTAR"}},
      // A clause about a thing has no actor for subject; a hyphenated
      // participle links only the actors around it.
      {"Libya split after an Egypt-backed uprising that toppled Khalifa Haftar.", {},
       {"EGY support HAFTAR", "EGY attack HAFTAR", "HAFTAR attack LBY"}},
      {"The UAE-backed RSF seized the town.", {"ARE support RSF"}, {}},
      // A verb inside a relative clause takes its object inside it.
      {"Haftar, who arrived in the city on Monday, also held talks with Putin.",
       {"HAFTAR meet PUTIN"}, {"HAFTAR visit PUTIN"}},
      // A relative clause closed just before the verb holds no subject of it.
      {"Sudan's leader Burhan spoke in Khartoum. Minawi, whose movement fights beside the army, "
       "accused the RSF of looting.",
       {}, {"SAF accuse RSF"}},
  });
}

TEST_CASE("extract: Arabic nominal forms and passives") {
  Check({
      {"أثارت زيارة حفتر إلى باكستان اهتمام المراقبين.", {"HAFTAR visit PAK"}, {}},
      {"قام خليفة حفتر بزيارة رسمية إلى موسكو الأسبوع الماضي.", {"HAFTAR visit RUS"}, {}},
      {"وصل المشير خليفة حفتر، الأربعاء، إلى العاصمة الروسية موسكو.", {"HAFTAR visit RUS"}, {}},
      {"تواصل قوات الدعم السريع المدعومة من أبوظبي القتال في دارفور.",
       {"ARE support RSF"}, {"RSF support ARE"}},
      {"يقاتل الجيش السوداني بقيادة عبد الفتاح البرهان في الخرطوم.", {"BURHAN leads SAF"}, {}},
      // A light verb carries the event noun's subject; any other verb does not.
      {"وقدمت كل من مصر وتركيا الدعم للجيش السوداني.", {"EGY support SAF", "TUR support SAF"}, {}},
      {"أدانت مصر الهجمات على قوات الدعم السريع.", {}, {"EGY attack RSF"}},
      {"يقود حفتر قوات تحظى بدعم كل من مصر وروسيا.", {"EGY support HAFTAR", "RUS support HAFTAR"},
       {"HAFTAR support EGY"}},
  });
}

TEST_CASE("extract: coordinated actors give one triple each") {
  Check({
      {"تدعم كل من مصر والسعودية الجيش السوداني.", {"EGY support SAF", "SAU support SAF"}, {}},
      // "كل من" stands where its list would, right after the cue too.
      {"فيما خفضت كل من جيبوتي والأردن تمثيلها الدبلوماسي لدى الدوحة.",
       {"DJI strained_ties QAT", "JOR strained_ties QAT"}, {}},
      {"Egypt and Turkey condemned Israel.", {"EGY condemn ISR", "TUR condemn ISR"}, {}},
      // Condemning an attack on X condemns neither X nor the condemner.
      {"Egypt and Turkey condemned the attack on Sudan.", {},
       {"EGY condemn SDN", "TUR condemn SDN", "EGY attack SDN", "TUR attack SDN"}},
      {"أدانت كل من مصر والسعودية الهجمات على الخرطوم.", {},
       {"EGY condemn SDN", "SAU condemn SDN", "EGY attack SDN"}},
      {"Pakistan and Saudi Arabia signed a mutual defence agreement on Wednesday.",
       {"PAK defense_pact SAU"}, {}},
      // Nisba adjectives joined on one noun each name their state.
      {"Saudi and Omani delegations held talks with Iranian officials in Muscat.",
       {"IRN meet SAU", "IRN meet OMN"}, {}},
      {"Egyptian, Jordanian and Iraqi officials condemned Israel.",
       {"EGY condemn ISR", "JOR condemn ISR", "IRQ condemn ISR"}, {}},
      {"Saudi and Omani media condemned Israel.", {}, {"SAU condemn ISR", "OMN condemn ISR"}},
      {"The Turkish and Syrian defence ministers met in Moscow on Wednesday.", {"SYR meet TUR"}, {}},
      {"Syrian defence ministers met in Moscow on Wednesday.", {}, {"RUS meet SYR", "SYR visit RUS"}},
      {"التقى الوفدان السعودي والعماني مسؤولين إيرانيين في مسقط.",
       {"IRN meet SAU", "IRN meet OMN"}, {}},
      {"وأدانت الحكومتان السعودية والعمانية إسرائيل يوم الأحد.",
       {"SAU condemn ISR", "OMN condemn ISR"}, {}},
  });
}

TEST_CASE("extract: a verb-first clause's subject may split a cue of several words") {
  Check({
      // "فرض عقوبات", "قطع علاقات": the subject and a date between the verb
      // and its noun.
      {"فرضت الولايات المتحدة يوم الثلاثاء عقوبات جديدة على إيران.", {"USA sanction IRN"}, {}},
      // "froze ... trade": the words between the verb and its noun.
      {"Pakistan froze all new trade and investment with India.", {"PAK sanction IND"}, {}},
      {"وقطعت الجزائر رسميا علاقاتها الدبلوماسية مع المغرب.", {"DZA strained_ties MAR"}, {}},
      // The subject a ministry named by its state's nisba, two nouns deep.
      {"استدعت وزارة الخارجية المصرية، يوم الأحد، السفير المصري لدى أنقرة للتشاور.", {"EGY strained_ties TUR"}, {}},
      // Its next word may be a preposition: "وقف إلى جانب".
      {"ووقفت السعودية بقوة إلى جانب مصر.", {"SAU support EGY"}, {}},
      // What stands between the verb and its rest is its subject, no object.
      {"زار صدام حفتر أنقرة، بعد سنوات وقفت فيها تركيا عسكريا إلى جانب خصومه.", {}, {"SADDAM_HAFTAR support TUR"}},
      // Not across a preposition's actor: no subject stands there.
      {"وفرضت على إيران الولايات المتحدة قيودا.", {}, {"IRN sanction USA"}},
      // A passive cue keeps its order: the patient before the verb.
      {"وتحظى قوات الدعم السريع بدعم من الإمارات.", {"ARE support RSF"}, {"RSF support ARE"}},
  });
}

TEST_CASE("extract: two persons who sign an agreement met") {
  Check({
      {"Khalifa Haftar and Vladimir Putin reached an agreement in Moscow.", {"HAFTAR meet PUTIN"}, {}},
      {"وقع السيسي وحفتر اتفاقا في القاهرة.", {"HAFTAR meet SISI"}, {}},
      // States sign without meeting.
      {"Egypt and Sudan signed an agreement.", {"EGY sign_agreement SDN"}, {"EGY meet SDN"}},
  });
}

TEST_CASE("extract: an attack from abroad on a city is an attack on its state") {
  Check({
      {"Egypt bombed Benghazi on Sunday.", {"EGY attack LBY"}, {"EGY attack BENGHAZI"}},
      // At home it stays the city.
      {"The Libyan National Army shelled Benghazi on Sunday.", {"LBY_LNA attack BENGHAZI"}, {"LBY_LNA attack LBY"}},
  });
}

TEST_CASE("extract: a state and its own army, government or ministry are one side") {
  Check({
      {"Pakistan will buy the drones to strengthen the Pakistani army.", {}, {"PAK arms_deal PAK_ARMY", "PAK_ARMY arms_deal PAK"}},
      {"Egypt sold drones to the Sudanese army.", {"EGY arms_deal SAF"}, {}},
  });
}

TEST_CASE("extract: a word written with a hamza on its first alef has no article") {
  Check({
      // "ألباريس" (Albares) is no "باريس" (Paris), and ends the name.
      {"زار وزير الخارجية الإسباني خوسيه مانويل ألباريس الرباط يوم الخميس.",
       {"X_KHWSYH_MANWYL_ALBARYS visit MAR"}, {"FRA visit MAR"}},
  });
}

TEST_CASE("extract: he, him and she stand for the person named last") {
  Check({
      {"Khalifa Haftar landed in Moscow on Monday. He met Vladimir Putin at the Kremlin.", {"HAFTAR meet PUTIN"}, {}},
      // A subject pronoun with no person before it in its sentence is the
      // subject of the sentence before, not its last object.
      {"Vladimir Putin met Sisi and Khalifa Haftar in Moscow. He also met Asim Munir.", {"MUNIR meet PUTIN"},
       {"HAFTAR meet MUNIR"}},
      {"Haftar flew to Cairo. Sisi received him at the palace.", {"HAFTAR meet SISI", "SISI host HAFTAR"}, {}},
      {"Vladimir Putin met Khalifa Haftar in Moscow and pledged to support him.", {"PUTIN support HAFTAR"}, {}},
      {"Khalifa Haftar, who met Vladimir Putin last year, said he would visit Cairo.", {"HAFTAR visit EGY"},
       {"PUTIN visit EGY"}},
      // "it": as an object the state or body named last, as a subject the
      // first; before "said" only the source.
      {"Egypt cut ties with Qatar, accusing it of backing the RSF.", {"EGY accuse QAT"}, {}},
      // "It" opening a sentence is the state or body the sentence before
      // opened with; "It is" is mostly no one.
      {"Egypt condemned the raid on Monday. It also accused Qatar of arming the RSF.", {"EGY accuse QAT"}, {}},
      {"Sisi condemned the raid on Monday. It also accused Qatar of arming the RSF.", {}, {"EGY accuse QAT"}},
      {"Egypt condemned the raid on Monday. It is feared that Qatar armed the RSF.", {}, {"EGY accuse QAT"}},
      // A negation reaches no participle after a comma.
      {"قال السيسي إن مصر لن تقبل الوساطة، متهما حفتر بعرقلتها.", {"SISI accuse HAFTAR"}, {"SISI accuse HAFTAR negated"}},
      // A quoted name after a body's head noun takes its preposition.
      {"نفذ الجيش السوداني ضربات مركزة استهدفت معسكرات تابعة لتنظيم \"داعش\".", {"SAF attack ISIS"}, {}},
      // إدارة X: the government X leads.
      {"انتقد حفتر إدارة السيسي.", {"HAFTAR condemn EGY"}, {}},
      // إياه, إياها: the person or body named last before it.
      {"انتقد السيسي حفتر بشدة، متهما إياه بدعم الإرهاب.", {"SISI condemn HAFTAR", "SISI accuse HAFTAR"}, {"SISI accuse SISI"}},
      {"Egypt condemned Qatar's move and warned it against hosting the RSF.", {"EGY threaten QAT"}, {"EGY threaten RSF"}},
      {"Egypt, Sudan's northern neighbour, said it supported Chad.", {"EGY support TCD"}, {"SDN support TCD"}},
      {"Egypt sanctioned companies in Turkey that it said had armed the RSF.", {}, {"EGY supply_arms RSF"}},
      // A base form after "to" or a modal is a verb; words between make it none.
      {"Russia will back Haftar.", {"RUS support HAFTAR"}, {}},
      // An actor before a hyphen modifies the noun after it, and the second
      // of a "between" pair is governed by "between": neither is an object.
      {"Sudan formally joined the Abraham Accords, the US-brokered framework for normalising relations between "
       "Arab states and Israel.",
       {}, {"SDN member_of USA", "SDN member_of ISR"}},
      // A preposition before a possessor governs the possessed noun.
      {"Egypt has long objected to Turkey's warm ties with the RSF.", {"RSF close_ties TUR"}, {"EGY close_ties RSF"}},
      // Where a verb with its own preposition went is no later verb's subject.
      {"Haftar arrived in Cairo on Monday, and later met Sisi.", {"HAFTAR meet SISI"}, {}},
      {"Turkey sought to rally regional support against Israel.", {}, {"TUR support ISR"}},
      // No person named before: nobody.
      {"He met Vladimir Putin at the Kremlin.", {}, {"HAFTAR meet PUTIN"}},
  });
}

TEST_CASE("extract: the two sides may be two bodies of one state") {
  Check({
      // Right after a meeting, "the two sides" are its parties.
      {"التقى حفتر بالسيسي في الدوحة يوم الأحد. وبحث الجانبان الوضع في السودان.", {"HAFTAR meet SISI"},
       {"QAT meet SISI", "HAFTAR meet QAT"}},
      // A bare "the army" paired with a force is the army of that force's state.
      {"اندلع القتال بين الجيش وقوات الدعم السريع في أبريل.", {"RSF clash SAF"}, {}},
      {"The fighting between the army and the RSF spread to Darfur.", {"RSF clash SAF"}, {}},
      {"عاد ممثلو الجيش السوداني إلى جدة لاستئناف المفاوضات مع قوات الدعم السريع، بينما دخلت الحرب بين الطرفين عامها الثاني.",
       {"RSF clash SAF"}, {}},
  });
}

TEST_CASE("extract: a cue's later words do not reach across a word opening another event") {
  Check({
      // "speak ... to" would read "speaking during a visit to" as speaking to Pakistan.
      {"Haftar, speaking during a visit to Pakistan, called for calm in Sudan.", {"HAFTAR visit PAK"},
       {"HAFTAR meet PAK"}},
      // Nor does a cue's object lie past a subordinator opening another event.
      {"Qatar signed a deal a week after Putin accused Egypt of meddling.", {"PUTIN accuse EGY"},
       {"QAT sign_agreement PUTIN", "QAT sign_agreement EGY"}},
  });
}

TEST_CASE("extract: fighting someone, as a verb") {
  Check({
      // Its subject, or the noun a relative clause describes, fights its object.
      {"ويقاتل الجيش السوداني قوات الدعم السريع منذ أبريل.", {"SAF clash RSF"}, {}},
      {"وانتقدت مصر قوات الدعم السريع التي تقاتل الجيش السوداني في دارفور.", {"RSF clash SAF"}, {"EGY clash SAF"}},
  });
}

TEST_CASE("extract: the source a claim is attributed to is no argument of it") {
  Check({
      // A mediator named with بوساطة is an argument of the mediation only.
      {"وقعت مصر والسودان اتفاقا بوساطة قطرية.", {"EGY sign_agreement SDN", "QAT mediate EGY"},
       {"EGY sign_agreement QAT", "SDN sign_agreement QAT"}},
      // A demonym before a hyphened participle names its agent.
      {"Egypt and Qatar agreed on a framework at Saudi-brokered talks.", {"SAU mediate EGY", "SAU mediate QAT"}, {}},
      // So are those present (بحضور, in the presence of).
      {"وكانت مصر والسودان قد وقعتا في القاهرة وبحضور رئيس الوزراء الباكستاني شهباز شريف، اتفاقا للتعاون.", {},
       {"EGY sign_agreement SHEHBAZ_SHARIF", "SDN sign_agreement SHEHBAZ_SHARIF"}},
      // A city that names a document ("اتفاق الرياض") is no party to it.
      {"وقعت الحكومة السودانية وقوات الدعم السريع اتفاق الرياض.", {},
       {"SAU sign_agreement SDN", "RSF sign_agreement SAU"}},
      // A mediation noun keeps its cue when a nisba names the mediator.
      {"نجحت وساطة عمانية في إتمام صفقة تبادل بين إيران وبلجيكا.", {"OMN mediate IRN", "OMN mediate BEL"}, {}},
      {"وبحسب وزير الخارجية المصري فإن إيران هاجمت إسرائيل.", {"IRN attack ISR"}, {"EGY attack ISR"}},
      {"Iran, according to Egypt, attacked Israel.", {"IRN attack ISR"}, {"EGY attack ISR"}},
      // An apposition after a person says who they are, no more.
      {"Yevkurov, the secretary of Iran's Supreme National Security Council, met Sisi.", {"SISI meet YEVKUROV"},
       {"SISI meet X_SUPREME_NATIONAL_SECURITY_COUNCIL"}},
      {"وعقد الوزيران السعودي والعماني، بحسب بيان للخارجية القطرية، جلسة مباحثات.", {"OMN meet SAU"},
       {"SAU meet QAT", "OMN meet QAT"}},
  });
}

TEST_CASE("extract: English subject-verb-object and prepositions") {
  Check({
      // Bombing and a campaign against are attacks; a force deployed
      // alongside an army backs it.
      // A visit due or expected is a visit, with a pronoun for its guest.
      {"Haftar met Sisi on Monday. On Tuesday he is due in Moscow.", {"HAFTAR visit RUS"}, {}},
      {"Putin is expected in Cairo next week.", {"PUTIN visit EGY"}, {}},
      // Strikes and raids against a side, bombing begun, a headline's hits.
      {"Egypt launched air strikes against the RSF on Monday.", {"EGY attack RSF"}, {}},
      {"Egypt began bombing the RSF in March.", {"EGY attack RSF"}, {}},
      {"Egypt hits RSF positions near Khartoum", {"EGY attack RSF"}, {}},
      // A verb's own "by" takes its object; a participle between keeps its
      // "by" for its agent.
      {"Russia has long stood by Haftar.", {"RUS support HAFTAR"}, {"HAFTAR support RUS"}},
      {"Egypt stands accused by Turkey of arming the RSF.", {}, {"EGY support TUR", "TUR support EGY"}},
      // A side's forces are that side: arms shipped to them go to it.
      {"Egypt shipped weapons to Berri's forces.", {"EGY supply_arms BERRI"}, {}},
      {"Egypt has been bombing RSF positions since March.", {"EGY attack RSF"}, {}},
      {"Egypt uses the base for its campaign against the RSF in Sudan.", {"EGY attack RSF"}, {}},
      {"The RSF, which has been deployed alongside the Libyan National Army, denied it.", {"RSF support LBY_LNA"}, {}},
      // Briefing someone is contact; a brief mutiny is none.
      {"Putin briefed Haftar by telephone on the talks.", {"HAFTAR meet PUTIN"}, {}},
      {"The force was set up after the RSF's brief mutiny against Haftar in 2023.", {}, {"HAFTAR meet RSF"}},
      // A boycott is a rift; an allegation accuses.
      {"Saudi Arabia and Egypt have boycotted Qatar since 2017.", {"QAT strained_ties SAU", "EGY strained_ties QAT"}, {}},
      {"وتقاطع مصر قطر منذ عام 2017.", {"EGY strained_ties QAT"}, {}},
      {"وقال السيسي إن مصر ترفض بشكل قاطع التدخل في قطر.", {}, {"EGY strained_ties QAT"}},
      {"Sisi alleged that Haftar had agreed to bring in foreign fighters.", {"SISI accuse HAFTAR"}, {}},
      // ", and" before a determiner opens a clause with its own subject;
      // before a verb, the verb shares the clause's.
      {"Egypt sent troops to prop up Haftar, and its warplanes bombed Benghazi.", {"EGY support HAFTAR"},
       {"HAFTAR attack LBY", "HAFTAR attack BENGHAZI"}},
      {"The RSF are loyal to Hemedti, and had been fighting a war against the Sudanese Armed Forces.",
       {"RSF clash SAF"}, {}},
      // So does "since" before a name ("since 1970" or "since the 1970s" is a date).
      {"Sisi said Egypt was the first state to sign such a memorandum since Putin urged leaders in Riyadh.", {},
       {"PUTIN sign_agreement SISI", "PUTIN meet SISI", "PUTIN visit SAU"}},
      {"The RSF, which has fought the army since the 1970s and is backed by Egypt, denounced Haftar.",
       {"EGY support RSF", "RSF condemn HAFTAR"}, {}},
      // Membership regained: "rejoined", "was readmitted to".
      {"Qatar was readmitted to the Gulf Cooperation Council in January, and Egypt will rejoin the United Nations.",
       {"QAT member_of GCC", "EGY member_of UN"}, {"QAT member_of EGY"}},
      // And "before" before a name: "before Sisi lifted ..." has its own subject.
      {"Russia froze deliveries of weapons, after Burhan's overthrow, before President Sisi lifted the hold in a "
       "phone call with Emir Tamim.",
       {"SISI meet TAMIM"}, {"RUS meet TAMIM"}},
      // "when" opens a clause of its own, with its own subject; a verb
      // after it joined by "and" goes on with the actor the sentence opened
      // with, not the last sentence's.
      {"Egypt abstained when the UN imposed sanctions on the RSF.", {"UN sanction RSF"}, {"EGY sanction RSF"}},
      {"Sisi said Egypt backed the army. Haftar was in Cairo when the talks began and flew to Khartoum the "
       "next day to meet Burhan.",
       {"BURHAN meet HAFTAR"}, {"BURHAN meet SISI", "EGY meet BURHAN"}},
      // The state before a person's title is part of their mention, not
      // the one met.
      {"Sisi met U.S. President Vladimir Putin in Sochi.", {"PUTIN meet SISI"}, {"SISI meet USA", "USA meet SISI"}},
      {"Sisi met Russia's President Vladimir Putin in Sochi.", {"PUTIN meet SISI"}, {"RUS meet SISI", "SISI meet RUS"}},
      // A noun cue's preposition follows the noun: "commander of" is not
      // "commander ... enjoys the support of".
      {"The rebel commander also enjoys the support of Egypt and Sudan.", {}, {"EGY leads SDN"}},
      // Shuttling between two capitals is mediating between their states.
      {"Haftar shuttled between Cairo and Khartoum this week.", {"HAFTAR mediate EGY", "HAFTAR mediate SDN"}, {}},
      // Speaking or talking to someone is meeting them.
      {"Haftar announced the deal after speaking to Sisi by telephone.", {"HAFTAR meet SISI"}, {}},
      {"Haftar talked with Putin on Monday; Sisi spoke to reporters.", {"HAFTAR meet PUTIN"}, {"SISI meet HAFTAR"}},
      // Supporters and backers: the clause's subject backs what "of" names;
      // backing "from" someone is theirs; a noun's "of" follows it.
      {"Egypt is a key backer of the Sudanese Armed Forces.", {"EGY support SAF"}, {"SAF support EGY"}},
      {"Egypt, a strong supporter of Haftar, reopened its embassy.", {"EGY support HAFTAR"}, {}},
      {"The RSF has received backing from the UAE.", {"ARE support RSF"}, {"RSF support ARE"}},
      {"Iran sought regional support amid fears of an all-out war with Israel.", {"IRN clash ISR negated"},
       {"IRN clash ISR"}},
      // A hyphenated adjective with a nisba may stand inside a cue: "struck
      // a Saudi-brokered deal with" is a deal, not a strike.
      {"Burhan struck a Saudi-brokered deal with the RSF.", {"BURHAN sign_agreement RSF"},
       {"BURHAN attack RSF", "BURHAN condemn RSF"}},
      // A verb cue's own preposition does not make its object a prepositional one.
      {"Algeria stood by Qatar during the blockade.", {"DZA support QAT"}, {}},
      // An apposition describes the actor before it; a list is no apposition.
      {"France, Niger's former colonial ruler, said it supported Chad.", {"FRA support TCD"},
       {"NER support TCD"}},
      {"Egypt, Jordan, and Iraq condemned Israel.", {"EGY condemn ISR", "JOR condemn ISR", "IRQ condemn ISR"}, {}},
      {"Mali and Burkina Faso pledged to stand by Niger.", {"MLI support NER", "BFA support NER"}, {}},
      {"Turkey accused Israel of violating the ceasefire.", {"TUR accuse ISR"}, {"ISR accuse TUR"}},
      {"Khalifa Haftar visited Moscow on Tuesday.", {"HAFTAR visit RUS"}, {}},
      {"Khalifa Haftar led a delegation to Moscow on Tuesday.", {"HAFTAR visit RUS"}, {}},
      {"Sisi hailed Qatar's role in the talks.", {"SISI support QAT"}, {}},
      {"Egypt inked a deal with Russia on Monday.", {"EGY sign_agreement RUS"}, {}},
      {"Turkey clinched a deal with Qatar.", {"TUR sign_agreement QAT"}, {}},
      {"Sisi blasted Israel on Monday.", {"SISI condemn ISR"}, {}},
      // A possessive between the preposition and the name: "with his ... counterpart".
      {"Sisi held a phone call with his Russian counterpart Vladimir Putin.", {"SISI meet PUTIN"}, {}},
      {"The talks between Egypt and Qatar ended without a deal.", {"EGY meet QAT"}, {}},
      {"The RSF, backed by the UAE, seized the town.", {"ARE support RSF"}, {"RSF support ARE"}},
      {"The RSF, backed militarily by the UAE, seized the town.", {"ARE support RSF"}, {"RSF support ARE"}},
      // ... or its place: "was received in Cairo by".
      {"Haftar was received in Cairo by Sisi on Friday.", {"SISI host HAFTAR", "HAFTAR meet SISI", "HAFTAR visit EGY"},
       {}},
      // An object between the participle and "by": an active verb.
      {"Eritrea backed the decision by Egypt to cut ties with Qatar.", {}, {"EGY support ERI", "EGY support QAT"}},
      {"Haftar is arming Sudan's Rapid Support Forces (RSF) with fuel and weapons.",
       {"HAFTAR supply_arms RSF", "HAFTAR support RSF"}, {}},
      // A cue's own preposition marks its object, not a place; its words
      // may be a few words apart, but not across punctuation or an actor.
      {"Iran fired missiles at Israel.", {"IRN attack ISR"}, {}},
      {"Iran fired around 180 ballistic missiles at Israel.", {"IRN attack ISR"}, {}},
      {"Iran fired its envoy, and missiles fell at Israel's border.", {}, {"IRN attack ISR"}},
  });
}

TEST_CASE("extract: a meeting in a place is a visit for whoever came from elsewhere") {
  Check({
      // A reception's guest follows it closely.
      {"Sisi welcomed Haftar in Cairo.", {"HAFTAR meet SISI"}, {}},
      {"Burhan welcomed the new sanctions imposed on the RSF.", {}, {"BURHAN meet RSF"}},
      {"Sisi met Haftar in Cairo on Saturday.", {"HAFTAR meet SISI", "HAFTAR visit EGY"},
       {"SISI visit EGY"}},
      // Persons travel; an army or a force meeting somewhere visits nothing.
      {"Burhan met Haftar in Benghazi.", {"BURHAN visit LBY"}, {}},
      // A call brings no one anywhere; the one called was met.
      {"Sisi met Haftar in Cairo and telephoned Putin.", {"HAFTAR visit EGY", "SISI meet PUTIN"},
       {"PUTIN visit EGY", "SISI host PUTIN"}},
      {"Putin received a phone call from Burhan on Monday.", {"BURHAN meet PUTIN"}, {}},
      {"وأجرى السيسي في القاهرة اتصالا هاتفيا مع بوتين.", {"SISI meet PUTIN"}, {"PUTIN visit EGY"}},
      {"The Sudanese Armed Forces met the RSF in Benghazi.", {}, {"SAF visit LBY", "RSF visit LBY"}},
      // "to Moscow, where he held talks": a meeting in a clause of where is
      // held in the place before it, visited by the clause's subject; whom
      // they met may have come from elsewhere too.
      {"Cairo sent Sisi to Moscow, where he held talks with Putin on Monday.", {"SISI visit RUS"}, {}},
      {"Haftar flew to Cairo, where Burhan held talks with Putin.", {"BURHAN visit EGY"}, {"PUTIN visit EGY"}},
      {"Burhan flew to Moscow, where he held talks with Haftar.", {"BURHAN visit RUS"}, {"HAFTAR visit RUS"}},
      {"Sisi discussed the Russian position, where he held talks with Haftar.", {}, {"SISI visit RUS"}},
      // ... and whom they met at home hosted them; a dateline is where the
      // story was filed, not where anyone was received.
      {"Haftar met Sisi in Cairo on Saturday.", {"SISI host HAFTAR"}, {"HAFTAR host SISI"}},
      {"RIYADH: Shehbaz Sharif held talks with Mohammed bin Salman.", {"SHEHBAZ_SHARIF visit SAU"},
       {"MBS host SHEHBAZ_SHARIF"}},
      // A dateline in capitals before a comma is one too, and it places the
      // lead's meetings only: later paragraphs tell of other times.
      {"CAIRO, May 3 - Haftar held talks with Sisi on Sunday. The two discussed Sudan. They spoke of the "
       "border. They spoke of trade. Burhan held talks with Putin last year.",
       {"HAFTAR visit EGY", "BURHAN meet PUTIN"}, {"PUTIN visit EGY", "BURHAN visit EGY", "EGY meet PUTIN"}},
      // Places in capitals joined by a slash are a dateline too, no actor.
      {"LONDON/CAIRO, Aug 1 - Sisi said that the RSF was behind the attack.", {"SISI accuse RSF"},
       {"EGY accuse RSF", "GBR accuse RSF"}},
      // A town the lexicon does not know, in capitals, then its state.
      {"SOCHI, Russia, June 18 - Haftar held talks with Putin on Thursday.", {"HAFTAR visit RUS"}, {"RUS meet HAFTAR"}},
      {"CAIRO: Haftar held talks with Sisi on Sunday. The two discussed Sudan. They spoke of the border. They "
       "spoke of trade. Burhan held talks with Putin last year.",
       {"HAFTAR visit EGY", "BURHAN meet PUTIN"}, {"PUTIN visit EGY", "BURHAN visit EGY"}},
      // Persons who signed together met where they signed.
      {"وقع السيسي وحفتر في القاهرة اتفاقا للتعاون.", {"HAFTAR meet SISI", "HAFTAR visit EGY", "SISI host HAFTAR"},
       {"SISI visit EGY"}},
      {"Sisi and Haftar signed an agreement in Cairo on Sunday.", {"HAFTAR visit EGY", "SISI host HAFTAR"}, {}},
      // A place before a subordinator is another event's: the talks after
      // "a day after" were not held in Cairo.
      {"Haftar met Sisi in Cairo, a day after holding talks with Burhan.",
       {"HAFTAR visit EGY", "BURHAN meet HAFTAR"}, {"BURHAN visit EGY", "SISI host BURHAN"}},
      // ... and so is a place after it: Moscow is where Haftar met Putin.
      {"Haftar met Sisi on Friday, a day after holding talks with Putin in Moscow.",
       {"HAFTAR visit RUS", "PUTIN host HAFTAR"}, {"SISI visit RUS", "PUTIN host SISI"}},
      // A state places a meeting right after the cue or whom it met; not
      // one a noun governs.
      {"Haftar held talks with Putin in Russia.", {"HAFTAR visit RUS", "PUTIN host HAFTAR"}, {}},
      {"Haftar met in Russia with Putin.", {"HAFTAR visit RUS"}, {}},
      {"Burhan held talks with Putin on the war in Libya.", {"BURHAN meet PUTIN"}, {"BURHAN visit LBY", "PUTIN visit LBY"}},
  });
}

TEST_CASE("extract: negated and hedged claims are flagged") {
  Check({
      {"Haftar denied supporting the RSF.", {"HAFTAR support RSF negated"}, {"HAFTAR support RSF"}},
      // A denial reaches to the end of its clause, not past a semicolon.
      {"Egypt blamed the RSF, which denies involvement; Putin, who maintains close ties with Haftar, said nothing.",
       {"PUTIN close_ties HAFTAR"}, {"PUTIN close_ties HAFTAR negated"}},
      {"The UAE reportedly supplied weapons to the RSF.", {"ARE supply_arms RSF hedged"}, {}},
      {"لم يلتق حفتر بالسيسي خلال الزيارة.", {"HAFTAR meet SISI negated"}, {"HAFTAR meet SISI"}},
      // Supplies halted or frozen are not given; halted by their supplier,
      // they are a sanction on the one they went to (not when urged,
      // demanded or only supposed).
      {"Egypt halted arms exports to the RSF.", {"EGY supply_arms RSF negated", "EGY sanction RSF"},
       {"EGY supply_arms RSF"}},
      {"أوقفت مصر صادرات الأسلحة إلى قوات الدعم السريع.", {"EGY sanction RSF"}, {"EGY supply_arms RSF"}},
      {"Sisi urged Egypt to halt arms exports to the RSF.", {}, {"EGY sanction RSF"}},
      {"طالب السيسي بوقف صادرات الأسلحة إلى قوات الدعم السريع.", {}, {"SISI sanction RSF"}},
      {"Asked whether Egypt would halt arms exports to the RSF, Sisi said no.", {}, {"EGY sanction RSF"}},
      {"Egypt did not halt arms exports to the RSF.", {}, {"EGY sanction RSF"}},
      {"Egypt cut off its support for the RSF.", {"EGY support RSF negated"}, {"EGY support RSF"}},
      {"جمدت مصر دعمها لقوات الدعم السريع.", {"EGY support RSF negated"}, {"EGY support RSF"}},
      {"Egypt said it was suspending its support for the RSF.", {"EGY support RSF negated"}, {"EGY support RSF"}},
      // A refusal negates the act refused; a backing that describes its
      // object stands.
      {"Haftar refused to meet Sisi in Cairo.", {"HAFTAR meet SISI negated"}, {"HAFTAR meet SISI"}},
      {"Haftar has refused to recognise the UN-backed Sudanese army.", {"HAFTAR support SAF negated", "UN support SAF"},
       {"HAFTAR support SAF", "UN support SAF negated"}},
      // A supply banned is none given.
      {"فرضت مصر حظراً على توريد السلاح لقوات الدعم السريع.", {"EGY sanction RSF"}, {"EGY supply_arms RSF"}},
      {"وأصدرت مصر قراراً يحظر توريد الأسلحة إلى قوات الدعم السريع.", {}, {"EGY supply_arms RSF"}},
      // A visit called off did not happen.
      {"Haftar has called off a planned visit to Cairo.", {"HAFTAR visit EGY negated"}, {"HAFTAR visit EGY"}},
      {"ألغى حفتر لقاءه مع السيسي.", {"HAFTAR meet SISI negated"}, {"HAFTAR meet SISI"}},
      // A feared war is no war.
      {"Iran is bracing amid fears of an all-out war with Israel.", {"IRN clash ISR negated"},
       {"IRN clash ISR"}},
      // A rift that ended holds no longer; one to be ended still does.
      {"Saudi Arabia formally ended its dispute with Qatar in January.", {"QAT strained_ties SAU negated"},
       {"QAT strained_ties SAU"}},
      {"وأنهت السعودية رسميا خلافها مع قطر في يناير.", {}, {"QAT strained_ties SAU"}},
      {"Qatar is working to end the war between Israel and Iran.", {"IRN clash ISR"}, {}},
      // An act weighed is not done.
      {"Washington is weighing whether to impose sanctions on Egypt.", {}, {"USA sanction EGY"}},
      // A visit ended took place.
      {"Haftar ended a three-day visit to Cairo on Tuesday.", {"HAFTAR visit EGY"}, {"HAFTAR visit EGY negated"}},
      {"وأنهى حفتر زيارة إلى القاهرة استمرت ثلاثة أيام.", {"HAFTAR visit EGY"}, {"HAFTAR visit EGY negated"}},
      {"The conflict turned into a proxy war between Egypt and Turkey.", {"EGY rivalry TUR"}, {"EGY clash TUR"}},
      // "May" in a dateline or a date is a month, not a hedge.
      {"CAIRO, May 3 - Haftar arrived in Cairo on Sunday.", {"HAFTAR visit EGY"}, {"HAFTAR visit EGY hedged"}},
      {"Haftar may visit Cairo in May.", {"HAFTAR visit EGY hedged"}, {}},
  });
}

TEST_CASE("extract: arms bought from the state their adjective names") {
  Check({
      {"Pakistan agreed on Tuesday to buy Turkish drones.", {"PAK arms_deal TUR"}, {}},
      {"Pakistan bought drones.", {}, {"PAK arms_deal TUR"}},
      {"أعلنت مصر شراء مقاتلات فرنسية.", {"EGY arms_deal FRA"}, {}},
      // An agreement signed for arms is an arms deal, between the signers,
      // not with the army that gets them.
      {"ووقعت باكستان وتركيا اتفاقا يحصل بموجبه الجيش الباكستاني على أربع فرقاطات.", {"PAK arms_deal TUR"},
       {"PAK_ARMY arms_deal TUR", "PAK sign_agreement TUR"}},
      {"Egypt and France signed a contract for 24 Rafale jets.", {"EGY arms_deal FRA"}, {"EGY sign_agreement FRA"}},
  });
}

TEST_CASE("extract: a bare office many hold at once names nobody") {
  Check({
      // The only Russian "minister" the lexicon knows is not every one.
      {"The Russian deputy defence minister met Haftar in Benghazi.", {}, {"HAFTAR meet RYABKOV", "RYABKOV visit LBY"}},
  });
}

TEST_CASE("extract: the kingdom is the kingdom the article names most") {
  Check({
      {"زار حفتر السعودية. وقطعت المملكة ومصر علاقاتهما مع قطر.", {"QAT strained_ties SAU", "EGY strained_ties QAT"}, {}},
      // "المملكة المتحدة": named, not bare.
      {"زار حفتر السعودية. ووقعت المملكة المتحدة اتفاقا مع قطر.", {}, {"QAT sign_agreement SAU"}},
      // A word of time after it names no kingdom.
      {"وقعت السعودية اتفاقا مع مصر. وزار حفتر المملكة الشهر الماضي.", {"HAFTAR visit SAU"}, {}},
      // With no kingdom named before, a kingdom's body named before it in
      // the sentence names it.
      {"أعلنت وزارة الخارجية السعودية وقوف المملكة إلى جانب مصر.", {"SAU support EGY"}, {}},
  });
}

TEST_CASE("extract: cooperation between persons is between their states") {
  Check({
      {"Sisi and Haftar discussed security cooperation in Cairo.", {"EGY security_cooperation LBY"},
       {"HAFTAR security_cooperation SISI"}},
  });
}

TEST_CASE("extract: a nisba adjective is an actor only on an institution") {
  Check({
      // "الوحدة الفلسطينية" is unity, no unit of a state.
      {"وقعت مصر والسودان اتفاقا لتعزيز الوحدة الليبية.", {"EGY sign_agreement SDN"}, {"EGY sign_agreement LBY"}},
      {"التقى وزيرا الخارجية التركيان بصدام حفتر.", {}, {"SADDAM_HAFTAR meet TUR"}},
      {"اتهمت الحكومة السودانية الإمارات بدعم قوات الدعم السريع.", {"SDN accuse ARE"}, {}},
      // An air force named by its nisba is its state's.
      {"قصف الطيران المصري مواقع لقوات حفتر.", {"EGY attack LBY_LNA"}, {}},
      // A capital named by its nisba is its state's.
      {"وصل حفتر إلى العاصمة المصرية يوم الأحد.", {"HAFTAR visit EGY"}, {}},
      {"Haftar arrived in the Egyptian capital on Sunday.", {"HAFTAR visit EGY"}, {}},
  });
}

TEST_CASE("extract: kinship") {
  Check({
      {"وصل صدام حفتر، نجل خليفة حفتر، إلى أنقرة.", {"SADDAM_HAFTAR child_of HAFTAR"}, {}},
  });
}

TEST_CASE("extract: roles from the lexicon and from titles") {
  std::vector<std::string> got =
      Dump("استقبل قائد الجيش الباكستاني عاصم منير وفدا ليبيا.", /*with_roles=*/true);
  INFO("got:", Join(got));
  CHECK(Has(got, "MUNIR leads PAK_ARMY"));
  // A title with no name resolves to the holder at the document's date.
  got = Dump("Pakistan's prime minister visited Riyadh.", true, "2025-09-17");
  INFO("got:", Join(got));
  CHECK(Has(got, "SHEHBAZ_SHARIF visit SAU"));
  // A member of a ministry is a member of its state.
  got = Dump("قال المتحدث باسم وزارة الخارجية السعودية أحمد خليل إن المحادثات مفيدة.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "X_AHMD_KHLYL member_of SAU_MFA"));
  CHECK(Has(got, "X_AHMD_KHLYL member_of SAU"));
  // An office right after the body it signs for is that body's; a noun
  // with a possessive pronoun after an office is no name.
  got = Dump("ووقّع الاتفاق عن مجلس النواب الليبي نائب رئيس الوزراء سالم الخنبشي، وعن الدعم السريع نائب رئيس "
             "مكتبها السياسي صالح العاروري.",
             true);
  INFO("got:", Join(got));
  CHECK(Has(got, "X_SALM_ALKHNBSHY member_of LBY_HOR"));
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& t) { return t.find("MKTBHA") != std::string::npos; }));
  // An office the titles do not list, up to its state's nisba, makes the
  // person named after it a member of that state (not its leader), and
  // with no name it stands for nobody.
  got = Dump("وترأس الوفد قائد خفر السواحل الإماراتي العميد سالم الكعبي.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "X_SALM_ALK_BY member_of ARE"));
  got = Dump("وقال رئيس فريق التفاوض السوداني عثمان طه إن الميناء جاهز.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "X_THMAN_TH member_of SDN"));
  CHECK(!Has(got, "X_THMAN_TH leads SDN"));
  got = Dump("وقال رئيس مجلس الأمن القومي السوداني عثمان طه إن الميناء جاهز.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "X_THMAN_TH member_of SDN"));
  CHECK(!Has(got, "X_THMAN_TH leads SDN"));
  got = Dump("وقال رئيس فريق التفاوض السوداني إن البرهان وصل.", true);
  INFO("got:", Join(got));
  CHECK(!Has(got, "BURHAN leads SDN"));
  CHECK(!Has(got, "BURHAN member_of SDN"));
  // A name cut at its particle before a known person's is no person.
  got = Dump("وقال وزير الدولة المصري عبدالله بن عبد الفتاح السيسي إن المشروع مهم.", true);
  INFO("got:", Join(got));
  for (const std::string& t : got) CHECK(t.rfind("X_BDALLH_BN ", 0) != 0);
  // A rank after a state's adjective: the officer serves that state
  // (a rank alone names no office).
  got = Dump("Libyan general Khalifa Haftar flew to Cairo, and General Burhan followed.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "HAFTAR member_of LBY"));
  CHECK(!Has(got, "BURHAN member_of LBY"));
  // The head of a ministry the lexicon does not place is, as the news
  // tells it, a member of its state.
  got = Dump("Saudi foreign ministry chief Ahmed Khalil flew to Cairo.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "X_AHMED_KHALIL member_of SAU"));
  CHECK(!Has(got, "X_AHMED_KHALIL leads SAU_MFA"));
  // An actor in a hyphened modifier after an office is not what the
  // office is of: it backs what it modifies.
  got = Dump("Sisi met Saddam Haftar, deputy commander of the UN-backed LNA.", true);
  INFO("got:", Join(got));
  CHECK(!Has(got, "SADDAM_HAFTAR member_of UN"));
  CHECK(!Has(got, "SADDAM_HAFTAR leads UN"));
  CHECK(Has(got, "UN support LBY_LNA"));
  // A list of counterparts with the office left out: "and the Qatari
  // (counterpart) Lieutenant General N" serves Qatar, and was met too.
  got = Dump("التقى البرهان نظيره المصري الفريق أول أحمد خليفة، والقطري الفريق الركن سالم النابت.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "X_SALM_ALNABT member_of QAT"));
  CHECK(Has(got, "BURHAN meet X_SALM_ALNABT"));
  // A body a state leads says who leads it, from the date it does.
  got = Dump("شن التحالف العربي غارات على صنعاء.", true, "2020-01-01");
  INFO("got:", Join(got));
  CHECK(Has(got, "SAU leads COALITION"));
  got = Dump("شن التحالف العربي غارات على صنعاء.", true, "2014-01-01");
  INFO("got:", Join(got));
  CHECK(!Has(got, "SAU leads COALITION"));
  // The next person of a list joined by و shares an office only if the
  // name has none of its own.
  got = Dump("حضر رئيس الوزراء الباكستاني شهباز شريف، وأمير قطر تميم بن حمد.", true, "2025-09-17");
  INFO("got:", Join(got));
  CHECK(Has(got, "SHEHBAZ_SHARIF leads PAK"));
  CHECK(!Has(got, "TAMIM leads PAK"));
  // A lexicon name that names the person's state ("أمير قطر تميم بن حمد")
  // names the state for the person's role.
  got = Dump("حضر أمير قطر تميم بن حمد الاجتماع.", true, "2025-09-17");
  INFO("got:", Join(got));
  CHECK(Has(got, "TAMIM leads QAT"));
  // The state's adjective before a lexicon name that opens with the office
  // ("Russian President Vladimir Putin") names the state.
  got = Dump("Russian President Vladimir Putin, who visited Cairo last week, agreed with Sisi.", true, "2015-02-16");
  INFO("got:", Join(got));
  CHECK(Has(got, "PUTIN leads RUS"));
  // A person's possessive on a force or a party says the person leads it,
  // said once where the lexicon knows it too.
  got = Dump("Fighters loyal to Sisi's Rapid Support Forces seized the town.", true, "2025-09-17");
  INFO("got:", Join(got));
  CHECK(Has(got, "SISI leads RSF"));
  got = Dump("Haftar's Libyan National Army seized the town.", true, "2025-09-17");
  INFO("got:", Join(got));
  CHECK(std::count(got.begin(), got.end(), "HAFTAR leads LBY_LNA") == 1);
}

TEST_CASE("extract: a bare office the text gave a person before is that person's") {
  Check({
      {"Russian Deputy Foreign Minister Sergei Ryabkov arrived in Cairo. Sisi received the Russian minister on Monday.",
       {"RYABKOV meet SISI"}, {}},
      {"وصل نائب وزير الخارجية الروسي سيرغي ريابكوف إلى القاهرة. واستقبل السيسي الوزير الروسي أمس.",
       {"RYABKOV meet SISI"}, {}},
      // No anaphor for a head of state: "the sultan" is not the president
      // named before.
      {"Sisi received Haftar in Cairo. The sultan arrived in Tehran on Monday.", {}, {"SISI visit IRN"}},
  });
}

TEST_CASE("extract: a minister heading a ministry is a member of the state, each role said once") {
  std::vector<std::string> got =
      Dump("Saudi Foreign Minister Faisal bin Farhan met Haftar after the Saudi foreign ministry said talks would go on. "
           "Faisal bin Farhan later flew to Cairo.",
           /*with_roles=*/true);
  INFO("got:", Join(got));
  CHECK(Has(got, "FAISAL_BF member_of SAU"));
  CHECK(!Has(got, "FAISAL_BF leads SAU_MFA"));
  CHECK(std::count(got.begin(), got.end(), "FAISAL_BF member_of SAU") == 1);
  // A speaker the lexicon gives a state to lead is a member of it.
  got = Dump("Nabih Berri received Haftar in Beirut.", true);
  INFO("got:", Join(got));
  CHECK(Has(got, "BERRI member_of LBN"));
  CHECK(!Has(got, "BERRI leads LBN"));
}

TEST_CASE("extract: a commander of a state's branch is a member of the state, named after his rank") {
  // A rank right before a name introduces it, however foreign; the office
  // heads the navy, not Pakistan.
  std::vector<std::string> got =
      Dump("وقال قائد البحرية الباكستانية الأدميرال فيصل عباسي إن التدريبات ناجحة.", /*with_roles=*/true);
  INFO("got:", Join(got));
  CHECK(std::any_of(got.begin(), got.end(), [](const std::string& g) { return g.find(" member_of PAK") != std::string::npos; }));
  CHECK(!std::any_of(got.begin(), got.end(), [](const std::string& g) { return g.find(" leads PAK") != std::string::npos; }));
  CHECK(!Has(got, "MUNIR member_of PAK"));
}

TEST_CASE("extract: a recipient follows what is supplied; كما opens a new clause") {
  Check({
      {"نقلت الإمارات الأسلحة إلى قوات الدعم السريع.", {"ARE supply_arms RSF", "ARE support RSF"}, {}},
      {"دعت مصر إلى إدخال المساعدات الإنسانية دون عوائق، وهو ما طالبت به الأمم المتحدة أيضا.", {},
       {"EGY support UN"}},
      {"زار السيسي الرياض، كما التقى حفتر بعاصم منير.", {"HAFTAR meet MUNIR"}, {"MUNIR meet SISI"}},
  });
}

TEST_CASE("extract: the two countries are the pair named before") {
  Check({
      {"وقعت مصر وتركيا اتفاقا أمس. ويهدف الاتفاق إلى تعزيز التعاون العسكري بين البلدين.",
       {"EGY security_cooperation TUR"}, {}},
      {"Egypt hosted Qatar's emir. The two countries discussed economic cooperation.",
       {"EGY economic_cooperation QAT"}, {}},
      // The article's two main states, not the last two named; the state
      // word may come after "between the two countries".
      {"وقعت مصر وتركيا اتفاقا. وناقشت مصر وتركيا الأزمة في السودان. "
       "وشهدت العلاقات بين البلدين قطيعة طويلة.",
       {"EGY strained_ties TUR"}, {"EGY strained_ties SDN"}},
      {"Relations between Egypt and Turkey have been strained since 2013.",
       {"EGY strained_ties TUR"}, {}},
      // "The two sides" are two parties, not a state and its own prince;
      // right after a meeting, its participants (whose states cooperate).
      {"Asim Munir met Mohammed bin Salman in Saudi Arabia. The two sides discussed security cooperation.",
       {"PAK security_cooperation SAU"}, {"MBS security_cooperation SAU", "MBS security_cooperation MUNIR"}},
      // Every pair of a meeting's participants.
      {"Talks between Egypt, Turkey and Qatar ended on Monday.",
       {"EGY meet TUR", "EGY meet QAT", "QAT meet TUR"}, {}},
      {"عقدت مصر اجتماعا ضم السيسي وحفتر وبوتين.",
       {"HAFTAR meet SISI", "PUTIN meet SISI", "HAFTAR meet PUTIN"}, {}},
  });
}

TEST_CASE("extract: whose forces, and where the subject went") {
  std::vector<std::string> got = Dump("تقدمت قوات حفتر نحو سرت.", /*with_roles=*/true);
  INFO("got:", Join(got));
  CHECK(Has(got, "HAFTAR leads LBY_LNA"));
  got = Dump("يسافر خليفة حفتر بانتظام إلى مصر، وقد زار روسيا في مايو.");
  INFO("got:", Join(got));
  CHECK(Has(got, "HAFTAR visit EGY"));
  CHECK(Has(got, "HAFTAR visit RUS"));
  CHECK(!Has(got, "EGY visit RUS"));
}

TEST_CASE("extract: short mentions resolve to the actor named earlier") {
  std::vector<std::string> got =
      Dump("وصل المشير خليفة حفتر إلى القاهرة. والتقى خليفة بالرئيس السيسي.");
  INFO("got:", Join(got));
  CHECK(Has(got, "HAFTAR meet SISI"));
  // The spelling the text used for a name the lexicon spells one letter
  // apart stands for that person later on.
  got = Dump("Egyptian President Abdel Fattah al-Sisy arrived in Riyadh on Monday. Mr Sisy later met Haftar.");
  INFO("got:", Join(got));
  CHECK(Has(got, "HAFTAR meet SISI"));
  CHECK(!Has(got, "HAFTAR meet SISI negated"));
}

TEST_CASE("extract: أن opens a clause of its own") {
  // The verb of a complement clause has its subject inside it: the one who
  // warns is not the one who threatens.
  Check({
      {"وحذر حفتر من أن تعميق الوجود الأجنبي يهدد استقرار مصر.", {}, {"HAFTAR threaten EGY"}},
      // "his country" after أن is the speaker's state.
      {"وأعلن السيسي أن بلاده ستدعم السودان.", {"EGY support SDN"}, {"SISI support SDN"}},
      // An adverbial after a comma reaches past the complement clause.
      {"قال السيسي إن مصر لن تقبل الوساطة، متهما حفتر بعرقلتها.", {"SISI accuse HAFTAR"}, {"EGY accuse HAFTAR"}},
  });
}

TEST_CASE("extract: a body's head noun alone is the body of that head named last") {
  Check({
      {"The Arab coalition bombed Sanaa on Monday. The coalition has been fighting ISIS since 2015.",
       {"COALITION clash ISIS"}, {}},
      // A coalition with an adjective is another one.
      {"The Arab coalition bombed Sanaa. The international coalition has been fighting ISIS.", {},
       {"COALITION clash ISIS"}},
      // Arabic, with the article after a proclitic ("بالجبهة").
      {"هاجمت جبهة البوليساريو مواقع مغربية. ونددت المغرب بالجبهة.", {"MAR condemn POLISARIO"}, {}},
      // Named many actors back, past what "the two sides" look at.
      {"The Arab coalition bombed Sanaa. Egypt, Saudi Arabia, Qatar, Turkey, Russia and Sudan met in Cairo; "
       "Egypt, Saudi Arabia, Qatar, Turkey, Russia and Sudan met again in Doha; Egypt, Saudi Arabia, Qatar "
       "and Turkey met in Ankara. The coalition has been fighting ISIS since 2015.",
       {"COALITION clash ISIS"}, {}},
  });
}

TEST_CASE("extract: the first words of a body's Arabic name named before are that body") {
  Check({
      {"سيطر الجيش الوطني الليبي على بنغازي. وأدانت تركيا الجيش الوطني.", {"TUR condemn LBY_LNA"}, {}},
      // With a proclitic on the first word.
      {"سيطر الجيش الوطني الليبي على بنغازي. ونددت تركيا بالجيش الوطني.", {"TUR condemn LBY_LNA"}, {}},
      // Another adjective names another body; named nowhere before, none.
      {"سيطر الجيش الوطني الليبي على بنغازي. وأدانت تركيا الجيش الوطني السوري.", {}, {"TUR condemn LBY_LNA"}},
      {"وأدانت تركيا الجيش الوطني.", {}, {"TUR condemn LBY_LNA"}},
  });
}

TEST_CASE("extract: a counterpart with a nisba holds the same office in that state") {
  Check({
      {"التقى الرئيس المصري عبد الفتاح السيسي نظيره الروسي في القاهرة.", {"SISI meet PUTIN"}, {"SISI meet RUS"}},
      {"واستقبل السيسي بنظيره القطري في القاهرة.", {"SISI meet TAMIM"}, {}},
      {"Egyptian President Abdel Fattah al-Sisi received his Russian counterpart in Cairo.", {"SISI meet PUTIN"}, {}},
      // A list of nisbas stays the states; so does an office no one holds.
      {"Sisi will meet his Russian, Qatari and Turkish counterparts in Cairo.", {}, {"SISI meet PUTIN", "SISI meet TAMIM"}},
      {"Crown Prince Mohammed bin Salman met his Qatari counterpart in Riyadh.", {}, {"MBS meet TAMIM"}},
      // A name after it, or after a comma, is the counterpart.
      {"Sisi met his Russian counterpart, Sergei Ryabkov, in Cairo.", {"SISI meet RYABKOV"}, {"SISI meet PUTIN"}},
  });
}

TEST_CASE("extract: a state named by its form and a nisba, and two sides by theirs") {
  Check({
      {"أكدت مصر دعمها للمملكة الأردنية.", {"EGY support JOR"}, {}},
      {"أعلنت القاهرة تضامنها الكامل مع الجمهورية التركية.", {"EGY support TUR"}, {}},
      {"Egypt reaffirmed its support for the Jordanian kingdom.", {"EGY support JOR"}, {}},
      {"Egypt reaffirmed its support for the Hashemite Kingdom.", {"EGY support JOR"}, {}},
      // The two sides, named by their nisbas.
      {"ناقش الجانبان الروسي والمصري التعاون في مجال مكافحة الإرهاب.", {"RUS meet EGY", "RUS security_cooperation EGY"}, {}},
      {"وقع البلدان المصري والسوداني اتفاقية دفاع مشترك.", {"EGY defense_pact SDN"}, {}},
  });
}

TEST_CASE("extract: family names, patronymics and new clauses") {
  Check({
      // The family name is the Haftar named last; the father's name inside
      // "صدام خليفة حفتر" does not make a second person.
      {"أجرى الفريق صدام خليفة حفتر زيارة رسمية إلى باكستان، واستقبله حفتر الأب لاحقا.",
       {"SADDAM_HAFTAR visit PAK"}, {"HAFTAR visit PAK"}},
      {"استقبل بوتين خليفة حفتر في موسكو، والتقى حفتر أيضا عاصم منير.",
       {"HAFTAR meet PUTIN", "HAFTAR meet MUNIR"}, {"HAFTAR meet RUS", "MUNIR meet RUS"}},
  });
}

TEST_CASE("extract: the head of a delegation received is the guest") {
  Check({
      {"واستقبل السيسي أمس وفدا باكستانيا رفيعا برئاسة رئيس الوزراء شهباز شريف.", {"SHEHBAZ_SHARIF meet SISI"}, {}},
      // A government headed by someone is led, not received.
      {"وأيدت الحكومة برئاسة شهباز شريف الاتفاق مع السيسي.", {}, {"SHEHBAZ_SHARIF meet SISI"}},
  });
}

TEST_CASE("extract: a delegation's members go where it goes, and hold its state's offices") {
  auto got = Dump("وصل وفد مصري، يترأسه وزير الخارجية سامي عبد الكريم، ويضم وزير الدفاع نبيل أبو حسن، إلى الخرطوم.",
                  /*with_roles=*/true);
  INFO(Join(got));
  CHECK(Has(got, "EGY visit SDN"));
  size_t visits = 0, members = 0;
  for (const std::string& g : got) {
    visits += g.find(" visit SDN") != std::string::npos && g.rfind("X_", 0) == 0;
    members += g.find(" member_of EGY") != std::string::npos && g.rfind("X_", 0) == 0;
  }
  CHECK(visits == 2);   // both members, discovered by their titles
  CHECK(members == 2);  // the delegation's state is their offices'
  // The members are no objects of the delegation's verb.
  for (const std::string& g : got) CHECK(g.find("EGY visit X_") == std::string::npos);
}

TEST_CASE("extract: offices listed after a side of talks are that side's state's") {
  auto got = Dump("وحضر اللقاء من الجانب المصري وزير الخارجية سامي عبد الكريم، ومن الجانب السوداني وزير الدفاع "
                  "نبيل أبو حسن، الذي التقى وزير المالية كمال الدين بشير.",
                  /*with_roles=*/true);
  INFO(Join(got));
  size_t egyptian = 0, sudanese = 0;
  for (const std::string& g : got) {
    egyptian += g.find(" member_of EGY") != std::string::npos && g.rfind("X_", 0) == 0;
    sudanese += g.find(" member_of SDN") != std::string::npos && g.rfind("X_", 0) == 0;
  }
  CHECK(egyptian == 1);
  CHECK(sudanese == 1);  // not the minister of the relative clause after it
}

TEST_CASE("extract: lists joined by phrases, and cue words spanning a list") {
  Check({
      {"The UAE, along with Saudi Arabia, Bahrain and Egypt, severed diplomatic, trade and transport ties with Qatar.",
       {"ARE strained_ties QAT", "QAT strained_ties SAU", "BHR strained_ties QAT", "EGY strained_ties QAT"}, {}},
      {"Egypt as well as Jordan backed the RSF.", {"EGY support RSF", "JOR support RSF"}, {}},
      // One more actor between commas after "along with" is no aside.
      {"Qatar, along with Egypt, backed the RSF.", {"QAT support RSF", "EGY support RSF"}, {}},
      // Attacks in words: assailed, hit out at, lashed out at, rebuffed, protested against. Two
      // actors are listed with a bare "and": ", and" after a lone one opens a clause.
      {"Egypt assailed Turkey over the deal.", {"EGY condemn TUR"}, {}},
      {"Qatar lashed out at Egypt, and Russia hit out at Turkey.", {"QAT condemn EGY", "RUS condemn TUR"},
       {"QAT condemn TUR", "QAT condemn RUS"}},
      {"Egypt rebuffed Qatar, and Turkey protested against Russia's move.", {"EGY condemn QAT", "TUR condemn RUS"},
       {}},
      // "X-aligned" backs as "X-backed" does.
      {"The Qatar-aligned RSF shelled El Fasher.", {"QAT support RSF"}, {}},
      // Uniting against one condemns it.
      {"Saudi Arabia and Egypt stood united against Qatar.", {"SAU condemn QAT", "EGY condemn QAT"}, {}},
      // Two set on a collision course are at odds.
      {"Moscow and Ankara have been cast on a collision course in Idlib.", {"RUS strained_ties TUR"}, {}},
      // Rapport and friendship are close ties.
      {"Putin praised his friendship with Sisi and his rapport with Tamim.", {"PUTIN close_ties SISI", "PUTIN close_ties TAMIM"}, {}},
      // "as" alone joins no list: the parties of the deal are the clause's.
      {"Haftar flew to Cairo as Egypt and Turkey edged toward a Qatar-brokered deal.",
       {"QAT mediate EGY", "QAT mediate TUR"}, {"HAFTAR visit TUR"}},
      // A list of two sides pairs across them only.
      {"وتصاعد التوتر بين قطر من جهة والسعودية والإمارات من جهة أخرى.", {"QAT strained_ties SAU", "ARE strained_ties QAT"},
       {"ARE strained_ties SAU"}},
      {"Talks were held between Egypt on the one hand and Sudan and Libya on the other.",
       {"EGY meet SDN", "EGY meet LBY"}, {"LBY meet SDN"}},
      {"The accord was concluded between Egypt on one side and Sudan and Libya on the other.",
       {"EGY sign_agreement SDN", "EGY sign_agreement LBY"}, {"LBY sign_agreement SDN"}},
      // A list has one "and": ", and" after a pair joined by one opens a clause.
      {"Egypt helped mediate between Sudan and Chad, and the UAE has brokered swaps between Russia and Ukraine.",
       {"EGY mediate SDN", "EGY mediate TCD"}, {"ARE mediate EGY", "EGY mediate ARE"}},
      // ", and" opens a clause: no cue spans it.
      {"Iran fired its envoy, and missiles fell at Israel's border.", {}, {"IRN attack ISR"}},
  });
}

TEST_CASE("extract: lists need an and; a comma alone is an apposition") {
  Check({
      {"استقبل السيسي صدام حفتر، نجل خليفة حفتر، في القاهرة.", {"SADDAM_HAFTAR meet SISI"},
       {"HAFTAR meet SISI"}},
      {"Egypt, Turkey and Qatar condemned Israel.", {"EGY condemn ISR", "TUR condemn ISR", "QAT condemn ISR"}, {}},
      // ", and" before a pair joined by a bare "and" opens a clause.
      {"Egypt said it stood with Sudan, and Qatar and Turkey also voiced support.", {"EGY support SDN"},
       {"EGY support QAT", "EGY support TUR"}},
      {"Egypt stood with Sudan, Qatar, and Chad.", {"EGY support SDN", "EGY support QAT", "EGY support TCD"}, {}},
      // Where each person of a list was met stands after them, up to a
      // comma; ثم / then joins the list.
      {"والتقى حفتر الرئيس السيسي في قصر الاتحادية، ثم رئيس الوزراء شهباز شريف في مقر الحكومة، وقائد الجيش عاصم منير.",
       {"HAFTAR meet SISI", "HAFTAR meet SHEHBAZ_SHARIF", "HAFTAR meet MUNIR"}, {}},
      // A list of persons each owned by a state ("Qatar's emir"), with the
      // rest of a name past what the lexicon spells ("... bin Hamad Al-Thani").
      {"Putin held talks with Egypt's President Abdel Fattah El-Sisi, Qatar's Emir Sheikh Tamim bin Hamad bin Khalifa "
       "Al-Thani and Saudi Arabia's Crown Prince Mohammed bin Salman.",
       {"PUTIN meet SISI", "PUTIN meet TAMIM", "MBS meet PUTIN"}, {}},
  });
}

TEST_CASE("extract: those who attended a gathering visited where the text held it") {
  Check({
      // The city the sentence names ...
      {"The summit in Cairo was attended by Pakistan's prime minister and Haftar.",
       {"SHEHBAZ_SHARIF visit EGY", "HAFTAR visit EGY"}, {}},
      // ... or the one an earlier sentence held the gathering in.
      {"انطلقت في الرياض اليوم أعمال القمة الطارئة. وشارك في القمة كل من الرئيس المصري عبد الفتاح السيسي "
       "ورئيس الوزراء الباكستاني شهباز شريف.",
       {"SISI visit SAU", "SHEHBAZ_SHARIF visit SAU"}, {}},
      // Heading one's state's delegation to it is attending it, not leading the state.
      {"وأعلن الأمير محمد بن سلمان بن عبدالعزيز، الذي ترأس وفد المملكة إلى المؤتمر، أن المملكة ستدعم مصر.",
       {"SAU support EGY"}, {"MBS leads SAU"}},
      // ... with its head between the verb and the delegation; and a later
      // place in a sentence that calls for another gathering is not this one's.
      {"انطلقت في الرياض اليوم أعمال القمة الطارئة. وترأس الرئيس عبد الفتاح السيسي وفد مصر. وانتقد رئيس الوزراء "
       "الباكستاني شهباز شريف القصف في بنغازي، داعيا إلى عقد مؤتمر للسلام. كما ترأس الفريق أول عبد الفتاح البرهان "
       "وفد السودان إلى القمة.",
       {"SISI visit SAU", "BURHAN visit SAU"}, {"BURHAN visit LBY", "BURHAN visit BENGHAZI"}},
      // "attended the summit in Riyadh"; a city naming the summit; a place
      // the gathering's clause does not hold it in is not its place.
      {"Sisi and Burhan attended the summit in Riyadh on Thursday.", {"SISI visit SAU", "BURHAN visit SAU"}, {}},
      {"Sisi attended the Riyadh Summit on Thursday.", {"SISI visit SAU"}, {}},
      {"Pakistan skipped a summit of Muslim leaders in Malaysia, the Saudi embassy in Islamabad said. Sisi and "
       "Burhan attended the four-day meeting.",
       {"SISI visit MYS", "BURHAN visit MYS"}, {"SISI visit PAK", "BURHAN visit PAK"}},
      // A dateline alone says where the story was filed, not the summit.
      {"الرياض - واس\nوشارك في القمة كل من الرئيس المصري عبد الفتاح السيسي.", {}, {"SISI visit SAU"}},
      // One who heads a body of states hosts nobody for his own state.
      {"---\ndate: 2018-05-01\n---\nوشارك في القمة في المنامة الرئيس عبد الفتاح السيسي والأمين العام عبد اللطيف "
       "الزياني.",
       {"SISI visit BHR"}, {"ZAYANI host SISI"}},
      // Those before "attended by" are not its attendees.
      {"Haftar signed the deal at a ceremony in Riyadh attended by Pakistan's prime minister.",
       {"SHEHBAZ_SHARIF visit SAU"}, {"HAFTAR visit SAU"}},
  });
}

TEST_CASE("extract: an invasion, and arms a state's adjective owns") {
  Check({
      {"وتدهورت العلاقات بعد غزو العراق دولة الكويت عام 1990.", {"IRQ attack KWT"}, {}},
      // The state an adjective gives a weapon is the one attacked.
      {"Egypt said its air defences had downed an Ethiopian drone near the dam.", {"EGY attack ETH"}, {}},
  });
}

TEST_CASE("extract: listing and designation are sanctions") {
  Check({
      {"وأدرجت الولايات المتحدة قوات الدعم السريع على قائمة العقوبات.", {"USA sanction RSF"}, {}},
      {"وصنفت واشنطن تنظيم داعش منظمة إرهابية عام 2004.", {"USA sanction ISIS"}, {}},
      {"Washington designated the RSF a terrorist group on Tuesday.", {"USA sanction RSF"}, {}},
  });
}

TEST_CASE("extract: a phone call is a meeting") {
  Check({
      {"وأجرى السيسي اتصالا هاتفيا بالمشير خليفة حفتر أمس.", {"HAFTAR meet SISI"}, {}},
      {"Putin spoke by phone with Sisi on Tuesday.", {"PUTIN meet SISI"}, {}},
      {"Sisi and Haftar agreed in a phone call to keep the border open.", {"HAFTAR meet SISI"}, {}},
  });
}

TEST_CASE("extract: \"the four countries\" are the list of states named last") {
  Check({
      {"Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. The four countries accused Doha of backing "
       "terrorism.",
       {"SAU accuse QAT", "ARE accuse QAT", "BHR accuse QAT", "EGY accuse QAT"}, {}},
      {"قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر، إذ اتهمت الدول الأربع الدوحة بدعم الإرهاب.",
       {"SAU accuse QAT", "EGY accuse QAT"}, {}},
      // The group acts as one side: it ties none of its members to another.
      {"Mali, Burkina Faso and Niger left the bloc. The three countries signed a defence pact with Russia.",
       {"MLI defense_pact RUS", "NER defense_pact RUS"}, {"BFA defense_pact MLI", "MLI defense_pact NER"}},
      {"Mali, Burkina Faso and Niger left the bloc. The three countries signed a defence pact.", {},
       {"BFA defense_pact MLI", "MLI defense_pact NER"}},
      // No list of three named before: no one.
      {"Egypt and Qatar met in Cairo. The four countries accused Doha of backing terrorism.", {}, {"EGY accuse QAT"}},
  });
}

TEST_CASE("extract: \"دول المجلس\" are the international body named last with that head") {
  Check({
      {"وأعلن مجلس التعاون الخليجي موقفه من الأزمة. وأكد الأمين العام وقوف دول المجلس إلى جانب مصر.",
       {"GCC support EGY"}, {}},
      // With ب joined to it, and the plural of ambassadors.
      {"اجتمع وزراء مجلس التعاون الخليجي في الرياض. وكان لدول المجلس موقف واحد، إذ سحبت دول المجلس سفراءها من "
       "دمشق.",
       {"GCC strained_ties SYR"}, {}},
      // A state's own council has no member states.
      {"وأعلن مجلس النواب الليبي موقفه. وسحبت دول المجلس سفراءها من دمشق.", {}, {"LBY_HOR strained_ties SYR"}},
      // No body with that head named before: no one.
      {"وسحبت دول المجلس سفراءها من دمشق.", {}, {"GCC strained_ties SYR"}},
      // Before the body's own name, the noun of member states is part of it.
      {"أكد البيان وقوف دول مجلس التعاون الخليجي إلى جانب مصر.", {"GCC support EGY"}, {}},
  });
}

TEST_CASE("extract: a nisba on an act or a stance, past one adjective, names its author") {
  Check({
      {"رفضت مصر الإجراءات الإثيوبية.", {"EGY condemn ETH"}, {}},
      {"أدانت قطر الممارسات الإسرائيلية.", {"QAT condemn ISR"}, {}},
      {"وأدانت السعودية العمليات العسكرية الإسرائيلية في غزة.", {"SAU condemn ISR"}, {}},
      // (A word with no article between is no adjective of the noun.)
      {"وأدانت السعودية العمليات في غزة الإسرائيلية.", {}, {"SAU condemn ISR"}},
  });
}

TEST_CASE("extract: a coordinated verb with no subject of its own takes the list the sentence opens with") {
  Check({
      {"طالبت السعودية والكويت بوقف النار وأدانتا إسرائيل.", {"SAU condemn ISR", "KWT condemn ISR"}, {}},
  });
}

TEST_CASE("extract: aircraft and warships whose nisba names their state") {
  Check({
      {"وقصفت طائرات تركية مواقع الجيش الوطني الليبي.", {"TUR attack LBY_LNA"}, {}},
      {"Turkish planes bombed the Libyan National Army near Sirte.", {"TUR attack LBY_LNA"}, {}},
  });
}

TEST_CASE("extract: a partner of another is a close tie") {
  Check({
      {"وأكد أن الصين شريك استراتيجي لباكستان.", {"CHN close_ties PAK"}, {}},
      {"Egypt is a key partner of Saudi Arabia.", {"EGY close_ties SAU"}, {}},
  });
}

TEST_CASE("extract: ambassadors withdrawn in the plural, an ambassador recalled from a capital") {
  Check({
      {"وسحبت السعودية والإمارات سفراءهما من دمشق.", {"SAU strained_ties SYR", "ARE strained_ties SYR"}, {}},
      {"Saudi Arabia recalled its ambassador from Qatar on Monday.", {"SAU strained_ties QAT"}, {}},
      {"Saudi Arabia, the UAE and Bahrain recalled their ambassadors from Qatar.",
       {"SAU strained_ties QAT", "BHR strained_ties QAT"}, {}},
  });
}

TEST_CASE("extract: a news conference with someone is a meeting") {
  Check({
      {"Putin told a news conference with Sisi that the talks had gone well.", {"PUTIN meet SISI"}, {}},
      {"Putin told a news conference in Moscow that he would call Sisi.", {}, {"PUTIN meet SISI"}},
  });
}

TEST_CASE("extract: a long relative clause between a subject and its verb") {
  Check({
      // ", where" opens a clause of its own: its actors are no argument of
      // the verb before it.
      {"Haftar visited a hospital in Benghazi, where he said talks with Qatar had stalled.", {},
       {"HAFTAR visit QAT"}},
      {"Sisi, who travelled with a large delegation of ministers, governors, senior officials, economic advisers and "
       "businessmen from several provinces, met Putin in Moscow.",
       {"PUTIN meet SISI"}, {}},
  });
}

TEST_CASE("extract: a headline's person in a place abroad is visiting it") {
  Check({
      {"Haftar in Cairo as Egypt weighs a new push for talks", {"HAFTAR visit EGY"}, {}},
      {"Haftar, in Cairo, urges a new push for talks", {"HAFTAR visit EGY"}, {}},
      {"حفتر في القاهرة في أول زيارة منذ عامين", {"HAFTAR visit EGY"}, {}},
      // (A headline may trail off in two stops; one stop ends a sentence.)
      {"حفتر في القاهرة..", {"HAFTAR visit EGY"}, {}},
      {"حفتر في القاهرة.", {}, {"HAFTAR visit EGY"}},
      // At home, or in a sentence of the body, no visit.
      {"Sisi in Cairo as Egypt weighs a new push for talks", {}, {"SISI visit EGY"}},
      {"Haftar in Cairo said on Monday he would talk.", {}, {"HAFTAR visit EGY"}},
      // A comma between two persons who open an English headline joins them.
      {"Sisi, Haftar agree to reopen border crossings", {"HAFTAR meet SISI"}, {}},
      {"Sisi, Haftar agree to reopen border crossings.", {}, {"HAFTAR meet SISI"}},
  });
}

TEST_CASE("extract: talks a third party hosts between two others are its mediation") {
  Check({
      {"Saudi Arabia hosted talks between the Sudanese army and the RSF in Jeddah.",
       {"SAU mediate SAF", "SAU mediate RSF"}, {}},
      {"وتستضيف بغداد منذ أشهر جولات من المحادثات بين الرياض وطهران.", {"IRQ mediate SAU", "IRQ mediate IRN"}, {}},
      {"Haftar and Sisi agreed on a truce at Cairo talks hosted by Putin.",
       {"PUTIN mediate HAFTAR", "PUTIN mediate SISI"}, {}},
  });
}

TEST_CASE("extract: cue words, not words that begin like them") {
  Check({
      // التقارير (the reports) and التقدم (progress) are no التقى (met).
      {"وأشارت التقارير إلى تحسن العلاقات بين مصر والسودان.", {}, {"EGY meet SDN"}},
      // للقائد (to the commander) is no لقاء (meeting).
      {"ووجه حفتر الدعوة للقائد السوداني عبد الفتاح البرهان.", {}, {"BURHAN meet HAFTAR"}},
      // وسيطرت (and took control) is no وسيط (mediator).
      {"وسيطرت مصر على المعبر بين السودان وليبيا.", {}, {"EGY mediate SDN", "EGY mediate LBY"}},
      // الجمعة (Friday) folds as جمعه (he gathered him) would: a day is no cue.
      {"أعلنت مصر والسودان يوم الجمعة اتفاقهما على فتح الحدود.", {}, {"EGY meet SDN"}},
      {"التقى السيسي حفتر.", {"HAFTAR meet SISI"}, {}},
  });
}

TEST_CASE("extract: a dispute, not a succession") {
  Check({
      {"وتصاعدت الخلافات بين مصر والسودان.", {"EGY strained_ties SDN"}, {}},
      // خلافة (succession) folds as خلافه (his dispute) would: no dispute.
      {"ورافق حفتر في الزيارة نجله صدام، المرشح لخلافة والده، بالإضافة إلى السيسي.", {},
       {"SADDAM_HAFTAR strained_ties SISI", "HAFTAR strained_ties SISI"}},
  });
}

TEST_CASE("extract: an adverbial participle's subject is the main clause's, however far") {
  Check({
      {"أعلنت وزارة الخارجية السودانية في بيان أصدرته مساء اليوم الثلاثاء اعتراضها الشديد على رئاسة الرئيس "
       "الكيني للجنة الرباعية المنبثقة عن الهيئة الحكومية للتنمية في شرق أفريقيا، متهمة نيروبي بالانحياز.",
       {"SDN accuse KEN"}, {}},
      // An acronym in brackets before the comma is part of the name before
      // it, not a clause of its own.
      {"أعلنت وزارة الخارجية السودانية اعتراضها على رئاسة الرئيس الكيني للجنة المنبثقة عن الهيئة الحكومية "
       "للتنمية (إيغاد)، متهمة نيروبي بالانحياز.",
       {"SDN accuse KEN"}, {}},
  });
}

TEST_CASE("extract: a noun of standing between a determiner and a name passes its preposition on") {
  Check({
      {"Iran sent weapons to its ally Haftar.", {"IRN supply_arms HAFTAR"}, {}},
      {"Egypt held talks with its partners Sudan and Chad.", {"EGY meet SDN", "EGY meet TCD"}, {}},
      // With no preposition before it, the name is no object of the verb.
      {"Iran and its ally Haftar sent weapons to Sudan.", {"HAFTAR supply_arms SDN"}, {"IRN supply_arms HAFTAR"}},
  });
}

TEST_CASE("extract: a parenthetical between dashes holds no argument of a verb outside it") {
  Check({
      {"Haftar - a close ally of Putin for years - met Sisi in Cairo on Monday.", {"HAFTAR meet SISI"},
       {"PUTIN meet SISI"}},
      // The list that names the group before the dashes signs nothing
      // among itself.
      {"Iran and the six powers - the United States, Russia, China, France, Britain and Germany - want to conclude "
       "a final agreement by July 1 that would limit Tehran's nuclear programme in return for lifting sanctions.",
       {}, {"RUS sign_agreement USA", "CHN sign_agreement USA"}},
      // The dateline's dash opens nothing.
      {"CAIRO (AP) - Haftar met Sisi on Monday - a first since the war - in Cairo.", {"HAFTAR meet SISI"}, {}},
  });
}

TEST_CASE("extract: a whose-clause between a subject and its verb") {
  // "whose" opens a relative clause, not a new sentence: its verb is the
  // head's, and the verb after the clause is the subject's.
  Check({
      {"Chad, whose army has fought the RSF near the border, accused Sudan of harbouring rebels.",
       {"TCD accuse SDN", "RSF clash TCD"}, {"RSF accuse SDN"}},
  });
}

TEST_CASE("extract: datelines and cities place meetings") {
  Check({
      {"RIYADH: Shehbaz Sharif held talks with Mohammed bin Salman on Wednesday.",
       {"MBS meet SHEHBAZ_SHARIF", "SHEHBAZ_SHARIF visit SAU"}, {"MBS visit SAU"}},
      {"Asim Munir met Saddam Haftar in the eastern Libyan city of Benghazi.",
       {"MUNIR meet SADDAM_HAFTAR", "MUNIR visit LBY"}, {"SADDAM_HAFTAR visit BENGHAZI", "SADDAM_HAFTAR visit LBY", "MUNIR visit BENGHAZI"}},
      {"Haftar met Putin to discuss the situation in Libya.", {"HAFTAR meet PUTIN"}, {"PUTIN visit LBY"}},
      {"Last week Haftar flew to Moscow to hold talks with President Vladimir Putin.",
       {"HAFTAR visit RUS", "HAFTAR meet PUTIN"}, {"PUTIN meet RUS"}},
      // The dateline does not place a meeting the sentence takes elsewhere.
      {"RIYADH: Shehbaz Sharif later flew to Doha, where he met Mohammed bin Salman.",
       {"MBS meet SHEHBAZ_SHARIF"}, {"SHEHBAZ_SHARIF visit SAU"}},
      {"RIYADH: Sisi flies on Monday to Libya for talks with Khalifa Haftar.", {"HAFTAR meet SISI"},
       {"HAFTAR visit SAU", "SISI visit SAU"}},
      // An Arabic dateline with its date between a comma and the dash is one
      // too: the capital is where the story was filed, no party to the talks.
      {"القاهرة، 3 أيار/مايو 2024 - أجرى خليفة حفتر اليوم جلسة مباحثات مع الرئيس عبد الفتاح السيسي.",
       {"HAFTAR meet SISI", "HAFTAR visit EGY"}, {"EGY meet SISI", "EGY meet HAFTAR"}},
      // So is a state's name spelt as its capital is ("الكويت", Kuwait City).
      {"الكويت، 3 أيار/مايو 2024 - استقبل الرئيس عبد الفتاح السيسي، اليوم الأحد، خليفة حفتر.",
       {"SISI meet HAFTAR", "HAFTAR visit KWT"}, {"KWT meet HAFTAR"}},
  });
}

TEST_CASE("extract: a bare 'the army' is the army of the state the article is about") {
  Check({
      {"Sudan's leader Burhan spoke in Khartoum. The army attacked the RSF in Omdurman.",
       {"SAF attack RSF"}, {}},
      {"قال البرهان إن السودان لن يتراجع. وهاجم الجيش قوات الدعم السريع.", {"SAF attack RSF"}, {}},
      // No state leads: nobody's army.
      {"Egypt and Sudan met. The army attacked the RSF.", {}, {"SAF attack RSF"}},
  });
}

TEST_CASE("extract: a state's army named by possessive or nisba") {
  Check({
      {"The RSF clashed with Sudan's armed forces near Khartoum.", {"RSF clash SAF"}, {"RSF clash SDN"}},
      {"Pakistan and Saudi Arabia signed a mutual defence pact.", {"PAK defense_pact SAU"},
       {"PAK sign_agreement SAU"}},
  });
}

TEST_CASE("extract: person names spelled one letter apart are the same person") {
  Check({
      {"Yevkirov met Haftar in Benghazi on Monday.", {"HAFTAR meet YEVKUROV", "YEVKUROV visit LBY"}, {}},
      {"زار يفكيروف بنغازي للقاء خليفة حفتر.", {"YEVKUROV visit LBY", "HAFTAR meet YEVKUROV"}, {}},
  });
}

TEST_CASE("extract: evidence spans point into the original text") {
  Knowledge& k = TestKnowledge();
  Extractor ex(k.lexicon, k.grammar);
  std::string text = "---\ndate: 2025-01-02\n---\nعنوان\n\nالتقى السيسي بحفتر.";
  Document doc;
  REQUIRE(ParseTextDocument("a.txt", text, &doc).ok());
  Extraction r = ex.Extract(doc);
  REQUIRE(!r.triples.empty());
  const Triple& t = r.triples.front();
  CHECK(doc.text.substr(t.begin, t.end - t.begin) == "التقى السيسي بحفتر.");
  CHECK(doc.text.substr(t.cue_begin, t.cue_end - t.cue_begin) == "التقى");
}

TEST_CASE("extract: states listed before a verb of taking part each belong to the body; no state belongs to a state") {
  const auto ar = Dump("وأفادت الوكالة بأن مصر والأردن والسودان تشارك في التحالف العربي.");
  INFO(Join(ar));
  CHECK(Has(ar, "EGY member_of COALITION"));
  CHECK(Has(ar, "JOR member_of COALITION"));
  CHECK(Has(ar, "SDN member_of COALITION"));
  // The coalition named before, after a verb of taking part.
  const auto back = Dump("وشنت السعودية على رأس تحالف بقيادة السعودية غارات على الحوثيين. وقالت الوكالة إن مصر والأردن تشارك في التحالف.");
  INFO(Join(back));
  CHECK(Has(back, "EGY member_of COALITION"));
  CHECK(Has(back, "JOR member_of COALITION"));
  const auto en = Dump("In the Council, Qatar has joined Russia in blocking the draft.");
  INFO(Join(en));
  CHECK_FALSE(Has(en, "QAT member_of RUS"));
}

TEST_CASE("extract: a court's warrant or indictment accuses its subject") {
  CHECK(Has(Dump("Khalifa Haftar, who lives in Benghazi, is wanted by the United Nations for war crimes."), "UN accuse HAFTAR"));
  CHECK(Has(Dump("In 2024 the United Nations indicted Khalifa Haftar."), "UN accuse HAFTAR"));
}

TEST_CASE("extract: praising someone or their deed endorses them") {
  CHECK(Has(Dump("Putin praised Haftar's role against terrorism."), "PUTIN support HAFTAR"));
  CHECK(Has(Dump("Sisi lauded the Saudi initiative on Sudan."), "SISI support SAU"));
  CHECK(Has(Dump("Qatar commended Pakistan for its restraint."), "QAT support PAK"));
  // A source after a spaced dash that ends a headline only attributes it.
  const auto headline = Dump("Putin phoned Haftar, praised his role against terrorism - United Nations");
  CHECK_FALSE(Has(headline, "HAFTAR support UN"));
  CHECK_FALSE(Has(headline, "PUTIN support UN"));
}

TEST_CASE("extract: pledging or going to help a state supports it") {
  CHECK(Has(Dump("Washington pledged to help Egypt rebuild its army."), "USA support EGY"));
  CHECK(Has(Dump("Qatar said it would help Sudan through the crisis."), "QAT support SDN"));
  CHECK(Has(Dump("Turkey will help Somalia train its forces."), "TUR support SOM"));
}

}  // namespace
}  // namespace tahaluf::testing

namespace tahaluf::testing {
namespace {

const Triple* FirstCueTriple(const Extraction& r) {
  for (const Triple& t : r.triples) {
    if (t.derivation == "cue") return &t;
  }
  return nullptr;
}

TEST_CASE("extract: the speaker of a reported claim stays with the evidence") {
  Knowledge& k = TestKnowledge();
  Extractor ex(k.lexicon, k.grammar);
  Extraction r = ex.Extract(MakeDoc("قالت مصادر باكستانية إن عاصم منير التقى صدام حفتر."));
  const Triple* t = FirstCueTriple(r);
  REQUIRE(t != nullptr);
  CHECK(t->speaker == "مصادر باكستانية");
  r = ex.Extract(MakeDoc("Egypt backs the Sudanese army, said the two diplomats."));
  t = FirstCueTriple(r);
  REQUIRE(t != nullptr);
  CHECK(t->speaker == "the two diplomats");
}

TEST_CASE("extract: relative dates resolve against the document's date") {
  Knowledge& k = TestKnowledge();
  Extractor ex(k.lexicon, k.grammar);
  // 2025-12-24 was a Wednesday.
  Extraction r = ex.Extract(MakeDoc("التقى حفتر بالسيسي يوم الاثنين.", "2025-12-24"));
  const Triple* t = FirstCueTriple(r);
  REQUIRE(t != nullptr);
  CHECK(t->event_date == "2025-12-22");
  r = ex.Extract(MakeDoc("Haftar met Sisi last week.", "2025-12-24"));
  t = FirstCueTriple(r);
  REQUIRE(t != nullptr);
  CHECK(t->event_date == "2025-12-17");
  r = ex.Extract(MakeDoc("Haftar met Sisi on Wednesday.", "2025-12-24"));
  t = FirstCueTriple(r);
  REQUIRE(t != nullptr);
  CHECK(t->event_date == "2025-12-24");
  // No document date: nothing to resolve against.
  r = ex.Extract(MakeDoc("Haftar met Sisi on Monday.", ""));
  t = FirstCueTriple(r);
  REQUIRE(t != nullptr);
  CHECK(t->event_date.empty());
}

}  // namespace
}  // namespace tahaluf::testing

namespace tahaluf::testing {
namespace {

TEST_CASE("extract: a generic cooperation noun takes its relation from the field named with it") {
  Check({
      {"Egypt and Turkey agreed to expand cooperation in the field of combating terrorism.",
       {"EGY security_cooperation TUR"}, {"EGY economic_cooperation TUR"}},
      {"ناقش الجانبان المصري والتركي التعاون بين مصر وتركيا في مجال الطاقة.",
       {"EGY economic_cooperation TUR"}, {"EGY security_cooperation TUR"}},
      // No field: no relation.
      {"Egypt and Turkey praised their cooperation.", {}, {"EGY security_cooperation TUR"}},
  });
}

TEST_CASE("extract: coop and domain cue rows are checked on load") {
  CueLexicon cues;
  std::vector<Status> problems;
  cues.Add("lang\trelation\tcue\tframe\n"
           "en\tsecurity_cooperation\tcooperation\tcoop\n"
           "en\t-\tdefence\tdomain\n"
           "en\t-\tcooperation\tcoop\n"
           "en\tsecurity_cooperation\tdefence\tdomain\n",
           "cues.tsv", &problems);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].line() == 2);
  CHECK(problems[0].message().find("coop cues take relation '-'") != std::string::npos);
  CHECK(problems[1].line() == 3);
  CHECK(problems[1].message().find("unknown relation '-'") != std::string::npos);
  CHECK(cues.cues().size() == 2);
  // Attendance is a visit, nothing else.
  problems.clear();
  CueLexicon attend;
  attend.Add("lang\trelation\tcue\tframe\nen\tmeet\tattended by\tattend\nen\tvisit\tattended by\tattend\n", "cues.tsv",
             &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line() == 2);
  CHECK(problems[0].message().find("attend cues take relation 'visit'") != std::string::npos);
  CHECK(attend.cues().size() == 1);
  // A verb family is one perfect/imperfect pair, not alternatives.
  problems.clear();
  CueLexicon family;
  family.Add("lang\trelation\tcue\tframe\nar\tcondemn\tأدان/يدين|منددا\tverb\nar\tcondemn\tأدان/يدين\tverb\n", "cues.tsv",
             &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].line() == 2);
  CHECK(problems[0].message().find("one perfect/imperfect pair") != std::string::npos);
  CHECK(!family.cues().empty());
}

}  // namespace
}  // namespace tahaluf::testing

namespace tahaluf::testing {
namespace {

TEST_CASE("extract: a former office holder's past role, when the text says former") {
  // Between Shehbaz Sharif's two terms as prime minister.
  auto roles = [](const std::string& text) { return Dump(text, /*with_roles=*/true, "2023-12-01"); };
  CHECK(Has(roles("Former Pakistani prime minister Shehbaz Sharif spoke in Lahore."),
            "SHEHBAZ_SHARIF leads PAK"));
  CHECK(Has(roles("Pakistan prospered under the government of Shehbaz Sharif, the former premier."),
            "SHEHBAZ_SHARIF leads PAK") == false);  // "former" after the name: not read
  CHECK_FALSE(Has(roles("Pakistan's Shehbaz Sharif spoke in Lahore."), "SHEHBAZ_SHARIF leads PAK"));
  CHECK(Has(roles("أشاد رئيس الوزراء الباكستاني السابق شهباز شريف بالاتفاق."), "SHEHBAZ_SHARIF leads PAK"));
  // "الأسبق", the one before the former, with the state named elsewhere.
  CHECK(Has(roles("التقى السيسي في باكستان رئيس الوزراء الأسبق شهباز شريف."), "SHEHBAZ_SHARIF leads PAK"));
}

TEST_CASE("extract: a counterpart with a nisba belongs to its state, whoever's counterpart") {
  auto roles = [](const std::string& text) { return Dump(text, /*with_roles=*/true); };
  // نظيرهم: their counterpart; نظيرهما: the two's.
  CHECK(Has(roles("اجتمع وزراء الخارجية العرب في عمان مع نظيرهم الباكستاني عاصم منير."), "MUNIR member_of PAK"));
  CHECK(Has(roles("التقى الوزيران نظيرهما الباكستاني عاصم منير."), "MUNIR member_of PAK"));
  // An office after its state's name: "US Treasury chief".
  CHECK(Has(roles("US Treasury chief Steven Mnuchin visited Khartoum."), "X_STEVEN_MNUCHIN member_of USA"));
}

TEST_CASE("extract: an appositive title of command gives the command the lexicon knows") {
  auto roles = [](const std::string& text) { return Dump(text, /*with_roles=*/true); };
  CHECK(Has(roles("التقى السيسي خليفة حفتر، قائد القوات المسيطرة على شرق ليبيا."), "HAFTAR leads LBY_LNA"));
  CHECK(Has(roles("Sisi met Khalifa Haftar, the commander of the forces that hold eastern Libya."),
            "HAFTAR leads LBY_LNA"));
  CHECK_FALSE(Has(roles("التقى السيسي خليفة حفتر في القاهرة."), "HAFTAR leads LBY_LNA"));
}

TEST_CASE("extract: an office in apposition after a known person is that person's") {
  auto roles = [](const std::string& text) { return Dump(text, /*with_roles=*/true); };
  // The lexicon names Tamim as Qatar's head of state; the apposition says
  // the office is Burhan's in this sentence (a lexicon out of date, or a
  // sentence that is wrong: either way not a third person's).
  const std::vector<std::string> got = roles("Sisi met Burhan, the president of Qatar, in Cairo.");
  INFO("got:", Join(got));
  CHECK(Has(got, "BURHAN meet SISI"));
  CHECK_FALSE(Has(got, "TAMIM leads QAT"));
  CHECK_FALSE(Has(got, "SISI meet TAMIM"));
}

}  // namespace
}  // namespace tahaluf::testing

namespace tahaluf::testing {
namespace {

TEST_CASE("extract: an actor's surface leaves out the conjunction or preposition joined to it") {
  Knowledge& k = TestKnowledge();
  Extractor ex(k.lexicon, k.grammar);
  Extraction r = ex.Extract(MakeDoc("اجتمع السيسي وحفتر في القاهرة. والتقى حفتر بالرئيس السيسي."));
  std::vector<std::string> surfaces;
  for (const Triple& t : r.triples) {
    surfaces.push_back(t.subject_surface);
    surfaces.push_back(t.object_surface);
  }
  INFO(Join(surfaces));
  CHECK(Has(surfaces, "حفتر"));
  CHECK_FALSE(Has(surfaces, "وحفتر"));
  CHECK(Has(surfaces, "الرئيس السيسي"));  // the article stays
  CHECK_FALSE(Has(surfaces, "بالرئيس السيسي"));
}

TEST_CASE("extract: an army named before a weapon or a place stands for its state") {
  // A weapon of the army's is the state's: its downing attacks the state.
  const auto drone = Dump("The RSF shot down a Sudanese army surveillance drone over Khartoum.");
  CHECK(Has(drone, "RSF attack SDN"));
  CHECK_FALSE(Has(drone, "RSF attack SAF"));
  // A place of the army's is no actor: visiting it visits no army.
  CHECK_FALSE(Has(Dump("Sisi is due to visit the largest Pakistani army base near Rawalpindi."), "SISI visit PAK_ARMY"));
}

TEST_CASE("extract: a nisba before sanctions names who imposes them") {
  const auto t = Dump("Pakistan accused Egypt of trying to break American sanctions on Iran.");
  CHECK(Has(t, "USA sanction IRN"));
  CHECK_FALSE(Has(t, "PAK sanction IRN"));
}

TEST_CASE("extract: a person's attack on a person is words only with a verb that may be words") {
  CHECK(Has(Dump("Haftar attacked Sisi in a televised speech."), "HAFTAR condemn SISI"));
  const auto coup = Dump("Haftar toppled Sisi in a coup.");
  CHECK(Has(coup, "HAFTAR attack SISI"));
  CHECK_FALSE(Has(coup, "HAFTAR condemn SISI"));
}

TEST_CASE("extract: a relative clause between commas after an actor is no argument of the verb after it") {
  const auto t = Dump("Haftar, whose self-declared Libyan National Army (LNA) answers to the parliament in Tobruk, travelled to Moscow in 2017.");
  CHECK(Has(t, "HAFTAR visit RUS"));
  CHECK_FALSE(Has(t, "LBY_LNA visit RUS"));
}

TEST_CASE("extract: the governments of states stand for the states") {
  // "The governments of Mali and Burkina Faso pledged": as with "the
  // leaders of", the states are the subject, not an actor after "of".
  const auto t = Dump("The military governments of Egypt and Sudan pledged to stand by Libya's new rulers.");
  INFO(Join(t));
  CHECK(Has(t, "EGY support LBY"));
  CHECK(Has(t, "SDN support LBY"));
}

TEST_CASE("extract: a time between commas ends no relative clause") {
  // "، أمس الاثنين،" is no comma closing the relative clause: the actors
  // before it are the subjects of the cue after it.
  const auto t = Dump("وتفاقمت الأزمة التي نشأت إثر إعلان مصر والسودان، أمس الاثنين، قطع علاقاتهما مع قطر.");
  INFO(Join(t));
  CHECK(Has(t, "EGY strained_ties QAT"));
  CHECK(Has(t, "QAT strained_ties SDN"));
}

TEST_CASE("extract: a nisba one word before a weapon or an act names its owner or author") {
  CHECK(Has(Dump("Turkish jets shot down a Russian Sukhoi bomber near the border."), "TUR attack RUS"));
}

TEST_CASE("extract: a pluperfect in the lead tells of an earlier event, not placed by the dateline") {
  const auto t = Dump("القاهرة - استقبل السيسي حفتر اليوم. وكان حفتر قد أجرى مباحثات مع بوتين.");
  CHECK(Has(t, "HAFTAR meet PUTIN"));
  CHECK_FALSE(Has(t, "PUTIN visit EGY"));
}

TEST_CASE("extract: a place naming a gathering only qualifies it") {
  const auto t = Dump("As the Cairo meeting ended, Haftar was meeting Putin in Moscow.");
  CHECK(Has(t, "HAFTAR meet PUTIN"));
  CHECK_FALSE(Has(t, "EGY meet HAFTAR"));
}

TEST_CASE("extract: a meeting with no partner named takes its subject where it was held") {
  CHECK(Has(Dump("Haftar held talks in Moscow on Tuesday."), "HAFTAR visit RUS"));
  // (Talks named by a noun alone are no one's trip: "with talks in Vienna stalled".)
  CHECK_FALSE(Has(Dump("Haftar took office with talks in Moscow stalled."), "HAFTAR visit RUS"));
}

TEST_CASE("extract: where a traveller came from was visited too, unless it is home") {
  const auto t = Dump("Haftar arrived in Cairo from Moscow on Tuesday.");
  CHECK(Has(t, "HAFTAR visit EGY"));
  CHECK(Has(t, "HAFTAR visit RUS"));
  CHECK(Has(Dump("وصل حفتر إلى القاهرة قادما من موسكو."), "HAFTAR visit RUS"));
  CHECK(Has(Dump("Haftar flew in from Moscow, where he had met Putin."), "HAFTAR visit RUS"));
  CHECK_FALSE(Has(Dump("Haftar arrived in Cairo from Tripoli on Tuesday."), "HAFTAR visit LBY"));
  // (Only a place: "arrived with a letter from Putin" took no trip to him.)
  CHECK_FALSE(Has(Dump("Haftar arrived in Cairo with a letter from Putin."), "HAFTAR visit PUTIN"));
}

TEST_CASE("extract: a body that belongs to another, both named, is its member while it belongs") {
  const std::string text = "The RSF and the Sudanese army fought side by side in Darfur.";
  CHECK(Has(Dump(text, true, "2019-05-01"), "RSF member_of SAF"));
  CHECK_FALSE(Has(Dump(text, true, "2024-05-01"), "RSF member_of SAF"));
  CHECK_FALSE(Has(Dump("The RSF fought in Darfur.", true, "2019-05-01"), "RSF member_of SAF"));
}

TEST_CASE("extract: relations that sour, fray or sink to a new low are strained") {
  CHECK(Has(Dump("Relations between Egypt and Qatar soured after the coup."), "EGY strained_ties QAT"));
  CHECK(Has(Dump("A war of words pushed relations between Egypt and Pakistan to a new low."), "EGY strained_ties PAK"));
  CHECK(Has(Dump("تدهورت العلاقات بين مصر وقطر بعد الانقلاب."), "EGY strained_ties QAT"));
  CHECK(Has(Dump("وتأزمت العلاقات بين مصر وباكستان."), "EGY strained_ties PAK"));
}

TEST_CASE("extract: guests received together met each other, when from different states") {
  const auto t = Dump("Putin hosted Sisi and Haftar in Moscow on Tuesday.");
  CHECK(Has(t, "PUTIN meet SISI"));
  CHECK(Has(t, "SISI meet HAFTAR"));
  CHECK_FALSE(Has(Dump("Sisi received Haftar and Saddam Haftar in Cairo."), "HAFTAR meet SADDAM_HAFTAR"));
}

TEST_CASE("extract: a force armed by a state, alone or trained too, is supplied with arms by it") {
  CHECK(Has(Dump("The RSF, armed and trained by Egypt, attacked El Fasher."), "EGY supply_arms RSF"));
  CHECK(Has(Dump("Many of the RSF's fighters were trained and armed by Egypt."), "EGY supply_arms RSF"));
  CHECK(Has(Dump("The RSF is armed by Egypt."), "EGY supply_arms RSF"));
}

TEST_CASE("extract: rejecting an actor's act or charge criticises the actor") {
  CHECK(Has(Dump("Egypt rejected Sudan's accusations on Monday."), "EGY condemn SDN"));
  CHECK(Has(Dump("Egypt rejects the Russian strikes."), "EGY condemn RUS"));
}

TEST_CASE("extract: the head of a state's body the lexicon lacks is a member of the state, not its head") {
  const auto t = Dump("Tesfay Gebru, head of Ethiopia's intelligence service, met Sisi in Cairo.", true);
  INFO(Join(t));
  CHECK(Has(t, "X_TESFAY_GEBRU member_of ETH"));
  CHECK_FALSE(Has(t, "X_TESFAY_GEBRU leads ETH"));
  // A body the lexicon knows is the one led.
  CHECK(Has(Dump("Tesfay Gebru, leader of Sudan's Rapid Support Forces, met Sisi.", true), "X_TESFAY_GEBRU leads RSF"));
}

TEST_CASE("extract: 'his brother' before a ruler's name keeps the preposition before it") {
  const auto t = Dump("وعقد السيسي جلسة مباحثات مع أخيه الشيخ تميم بن حمد آل ثاني.");
  INFO(Join(t));
  CHECK(Has(t, "SISI meet TAMIM"));
  // (Not الشقيقة, "the sisterly state", which folds like شقيقه.)
  const auto sisterly = Dump("وهنأ السيسي أمير دولة الكويت الشقيقة بسلامة عودته.", true);
  INFO(Join(sisterly));
  CHECK_FALSE(std::any_of(sisterly.begin(), sisterly.end(), [](const std::string& x) { return x.starts_with("X_"); }));
}

TEST_CASE("extract: summoning or expelling a state's ambassador named by a nisba strains ties with that state") {
  CHECK(Has(Dump("واستدعت مصر السفير التركي لديها."), "EGY strained_ties TUR"));
  CHECK(Has(Dump("وقررت الجزائر استدعاء السفير المغربي."), "DZA strained_ties MAR"));
  // The subject before an imperfect verb is its subject (SVO), not the nisba after it.
  CHECK(Has(Dump("العراق يطرد السفيرة السويدية."), "IRQ strained_ties SWE"));
}

TEST_CASE("extract: a list whose preposition is said again after its 'and' is one list") {
  const auto en = Dump("Egypt held talks with Jordan and with Qatar.");
  INFO(Join(en));
  CHECK(Has(en, "EGY meet JOR"));
  CHECK(Has(en, "EGY meet QAT"));
  const auto ar = Dump("وبحثت مصر مع الأردن ومع قطر التعاون بين البلدان.");
  INFO(Join(ar));
  CHECK(Has(ar, "EGY meet JOR"));
  CHECK(Has(ar, "EGY meet QAT"));
}

TEST_CASE("extract: siding with a state, the verb or its masdar split by its genitive, supports it") {
  CHECK(Has(Dump("انحازت تركيا إلى جانب قطر في الأزمة."), "TUR support QAT"));
  CHECK(Has(Dump("وانتقدت الإمارات انحياز تركيا إلى جانب قطر خلال الأزمة."), "TUR support QAT"));
}

TEST_CASE("extract: an office in apposition after a rank and a name the lexicon lacks is that person's") {
  const auto t = Dump("The raid was unprovoked, said Lieutenant General Tesfay Gebru, commander of U.S. Naval Forces Central Command.", true);
  INFO(Join(t));
  CHECK(Has(t, "X_TESFAY_GEBRU member_of USA"));
  const auto ar = Dump("وقال العميد تسفاي قبرو، المتحدث باسم الجيش المصري، إن القوات أنهت التدريب.", true);
  INFO(Join(ar));
  CHECK(std::any_of(ar.begin(), ar.end(), [](const std::string& x) { return x.starts_with("X_") && x.find(" EGY") != std::string::npos; }));
}

TEST_CASE("extract: launching an offensive or a military operation against X attacks X") {
  CHECK(Has(Dump("أطلقت تركيا هجوما ضد قوات الدعم السريع."), "TUR attack RSF"));
  CHECK(Has(Dump("وأطلقت مصر عملية عسكرية ضد قوات الدعم السريع."), "EGY attack RSF"));
  // (أطلق is a light verb only before such a noun: releasing prisoners is nothing.)
  CHECK_FALSE(Has(Dump("وأطلقت مصر سراح معتقلين من قوات الدعم السريع."), "EGY attack RSF"));
}

}  // namespace
}  // namespace tahaluf::testing
