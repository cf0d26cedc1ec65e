// Constructions (data/constructions.tsv): every row has a sentence of our
// own here that it decides, and the loader rejects what it cannot read.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "tahaluf/constructions.h"
#include "test_util.h"

namespace tahaluf::testing {
namespace {

// "SUBJ relation OBJ @construction" for every triple a cue gave.
std::vector<std::string> DumpWithConstructions(const std::string& text, const std::string& date = "2025-06-01") {
  Knowledge& k = TestKnowledge();
  Extractor ex(k.lexicon, k.grammar);
  Extraction r = ex.Extract(MakeDoc(text, date));
  std::vector<std::string> out;
  for (const Triple& t : r.triples) {
    if (t.construction.empty()) continue;
    std::string s = r.ActorAt(k.lexicon, t.subject).id, o = r.ActorAt(k.lexicon, t.object).id;
    if (t.relation->symmetric && o < s) std::swap(s, o);
    std::string line = s + " " + std::string(t.relation->name) + " " + o;
    if (t.negated) line += " negated";
    out.push_back(line + " @" + t.construction);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

struct Row {
  const char* construction;  // the row the sentence exercises
  const char* text;
  std::vector<std::string> want;      // "SUBJ rel OBJ @construction" lines
  std::vector<std::string> not_want;  // "SUBJ rel OBJ" (any construction)
};

bool HasTriple(const std::vector<std::string>& got, const std::string& triple) {
  for (const std::string& g : got) {
    if (g.substr(0, g.find(" @")) == Canonical(triple)) return true;
  }
  return false;
}

const std::vector<Row>& Rows() {
  static const std::vector<Row> rows = {
      // Limits.
      {"relative_after", "Turkey condemned the UAE, which backs the RSF.",
       {"TUR condemn ARE @svo_en", "ARE support RSF @relative_verb_en"}, {"TUR condemn RSF"}},
      {"between_nearer_cue", "تصاعد التوتر في ظل تقارب متزايد بين مصر وتركيا.", {"EGY close_ties TUR @between_after"},
       {"EGY strained_ties TUR"}},
      {"relative_with_prep_en", "Russia backed a plan in which Egypt would restore ties with Qatar.", {"EGY close_ties QAT @noun_clause_subject"},
       {"QAT close_ties RUS"}},
      {"relative_under_en", "Washington backed a deal under which Rabat agreed to restore ties with Qatar.", {"MAR close_ties QAT @noun_clause_subject"},
       {"QAT close_ties USA"}},
      {"relative_during_en", "Sisi recalled the visit during which Haftar signed an agreement with Turkey.", {"HAFTAR sign_agreement TUR @svo_en"},
       {"SISI sign_agreement TUR"}},
      {"inside_relative", "Haftar, whose army is allied with the eastern parliament, flew to Moscow.",
       {}, {"HAFTAR close_ties RUS"}},
      {"inside_relative", "Sisi, who visited Ankara last week, held talks with Haftar in Cairo.",
       {"SISI visit TUR @relative_verb_en"}, {"SISI visit HAFTAR"}},
      {"condemned_attack_target", "Egypt condemned Israel for the attacks on Lebanon.",
       {"EGY condemn ISR @svo_en"}, {"EGY condemn LBN"}},
      // A decree signed is no agreement.
      {"signed_decree", "Putin signed a decree imposing sanctions on Turkey.", {}, {"PUTIN sign_agreement TUR"}},
      {"signed_decree", "وقع بوتين مرسوما بفرض عقوبات على تركيا.", {}, {"PUTIN sign_agreement TUR"}},
      // Kinship.
      {"participate_participle_ar", "وأكد البرهان بقاء القوات السودانية المشاركة في التحالف العربي.",
       {"SAF member_of COALITION @participate_participle_ar"}, {}},
      {"participate_participle_other_ar", "وأشاد الرئيس السيسي بالقوات المشاركة في التحالف العربي.", {},
       {"SISI member_of COALITION", "EGY member_of COALITION"}},
      {"participate_in_body_vso", "ويشارك السودان منذ عام 2015 في التحالف العربي في اليمن.",
       {"SDN member_of COALITION @participate_in_body_vso"}, {"SDN member_of YEM"}},
      {"participate_in_body", "Sudan has taken part in the Saudi-led coalition since 2015.",
       {"SDN member_of COALITION @participate_in_body"}, {}},
      {"participate_other", "وشارك السودان في المفاوضات مع إثيوبيا في القاهرة.", {}, {"SDN member_of ETH", "ETH member_of SDN"}},
      // The one present met who acted, unless both are of one state.
      {"presence_ar", "ووقع بوتين الاتفاق في موسكو بحضور المشير خليفة حفتر ووزير الدفاع الروسي.",
       {"PUTIN meet HAFTAR @presence_ar"}, {}},
      {"presence_ar", "ووقع السيسي القرار بحضور الفريق عبد الفتاح البرهان والرئيس فلاديمير بوتين.",
       {"SISI meet BURHAN @presence_ar", "SISI meet PUTIN @presence_ar"}, {}},
      {"presence_ar", "ووقع البرهان الاتفاق بحضور محمد بن سلمان وقوات الدعم السريع.",
       {"BURHAN meet MBS @presence_ar"}, {"BURHAN meet RSF"}},
      // A military body against X attacks X; ضد after anything else is none.
      {"against_military", "ويقاتل التحالف بقيادة السعودية منذ عام 2015 ضد الدعم السريع في دارفور.",
       {"COALITION attack RSF @against_military"}, {}},
      // (A word for what of X was struck may stand between: "ضد مواقع داعش".)
      {"against_military", "وأطلق التحالف بقيادة السعودية عملية ضد مواقع الدعم السريع في دارفور.",
       {"COALITION attack RSF @against_military"}, {}},
      {"against_other", "وفرضت مصر عقوبات ضد الدعم السريع.", {}, {"EGY attack RSF"}},
      // A hostile symmetric noun after a light verb: its subject with the one
      // it is against (but no friendly one: "على رأس تحالف ... ضد").
      {"light_verb_hostile_sym", "الجيش السوداني يخوض معارك ضد قوات الدعم السريع.",
       {"SAF clash RSF @light_verb_hostile_sym"}, {}},
      {"light_verb_hostile_sym_first", "وخاض الجيش السوداني معارك عنيفة ضد قوات الدعم السريع في الخرطوم.",
       {"SAF clash RSF @light_verb_hostile_sym_first"}, {}},
      {"svo_sym_envoy_nisba", "والكويت تستدعي السفير الإيراني لديها.", {"KWT strained_ties IRN @svo_sym_envoy_nisba"}, {}},
      {"envoy_expelled_en", "Egypt expels Turkish envoy over Libya.", {"EGY strained_ties TUR @envoy_expelled_en"}, {}},
      {"envoy_expelled_en", "Sudan has summoned Egypt's ambassador.", {"SDN strained_ties EGY @envoy_expelled_en"}, {}},
      {"envoy_expelled_other_en", "Sudan vowed to expel Egyptian forces from Halayeb.", {}, {"SDN strained_ties EGY"}},
      {"presence_other", "عقدت في القاهرة جلسة موسعة بحضور بوتين.", {}, {"PUTIN meet EGY", "EGY meet PUTIN"}},
      {"verb_first_relative_between", "التقى السيسي، الذي وصل أمس إلى القاهرة، نظيره الروسي فلاديمير بوتين.",
       {"PUTIN meet SISI @verb_first_relative_between"}, {}},
      {"leads_unnamed_ar", "تقود السعودية منذ عام 2015 تحالفاً عربياً ينفذ عمليات عسكرية ضد قوات الدعم السريع.", {},
       {"SAU leads RSF"}},
      {"leads_event_ar", "وتقود الكويت وساطة بين قطر من جهة والسعودية من جهة أخرى.",
       {"KWT mediate QAT @mediates_between", "KWT mediate SAU @mediates_between"}, {"KWT leads QAT"}},
      {"counterpart_object_ar", "وكان السيسي قد زار روسيا في يونيو، حيث التقى نظيره فلاديمير بوتين.",
       {"PUTIN meet SISI @counterpart_object_ar"}, {}},
      {"kin", "وصل صدام حفتر، نجل خليفة حفتر، إلى القاهرة.", {"SADDAM_HAFTAR child_of HAFTAR @kin"}, {}},
      {"kin_pronoun", "وصل خليفة حفتر إلى القاهرة يرافقه نجله صدام حفتر.",
       {"SADDAM_HAFTAR child_of HAFTAR @kin_pronoun"}, {}},
      // An act's author.
      {"sanction_nisba_ar", "وقال مسؤولون إن العقوبات الأمريكية على إيران تعرقل المشروع.", {"USA sanction IRN @sanction_nisba_ar"}, {}},
      {"sanction_lifted", "Washington agreed to lift sanctions on Khartoum.", {}, {"USA sanction SDN"}},
      // A body suspending a member sanctions it.
      {"suspended_membership_in_ar", "وأيدت مصر تعليق عضوية قطر في مجلس التعاون العام الماضي.",
       {"GCC sanction QAT @suspended_membership_in_ar"}, {"EGY sanction QAT"}},
      {"suspended_membership_vso_ar", "وعلق مجلس التعاون عضوية قطر في العام 2017.", {"GCC sanction QAT @suspended_membership_vso_ar"},
       {}},
      {"suspended_membership_ar", "وقرر مجلس التعاون في اجتماعه الأخير تعليق عضوية قطر.",
       {"GCC sanction QAT @suspended_membership_ar"}, {}},
      {"suspended_membership_participle_ar", "ولم تُدعَ قطر، المعلقة عضويتها في مجلس التعاون، إلى الاجتماع.",
       {"GCC sanction QAT @suspended_membership_participle_ar"}, {}},
      {"suspended_membership_after_ar", "وما زالت عضوية قطر في مجلس التعاون معلقة منذ عامين.",
       {"GCC sanction QAT @suspended_membership_after_ar"}, {}},
      {"suspended_seat_after_ar", "وتسعى الدوحة إلى استعادة قطر مقعدها في مجلس التعاون المعلق منذ عامين.",
       {"GCC sanction QAT @suspended_seat_after_ar"}, {}},
      {"suspended_membership_en", "Two years ago the Gulf Cooperation Council voted to suspend Qatar's membership.",
       {"GCC sanction QAT @suspended_membership_en"}, {}},
      {"suspended_from_en", "In June the Gulf Cooperation Council suspended Qatar from its ministerial meetings.",
       {"GCC sanction QAT @suspended_from_en"}, {}},
      {"suspension_of_from_en", "Egypt welcomed the suspension of Qatar from the Gulf Cooperation Council.",
       {"GCC sanction QAT @suspension_of_from_en"}, {"EGY sanction QAT"}},
      {"suspended_from_participle_en", "Qatar, suspended from the Gulf Cooperation Council last year, sent no envoy.",
       {"GCC sanction QAT @suspended_from_participle_en"}, {}},
      {"suspended_other", "وعلق المتحدث باسم الخارجية القطرية على زيارة السيسي إلى الرياض.", {}, {"QAT sanction SAU"}},
      {"suspended_other", "Qatar suspended flights to Egypt on Monday.", {}, {"QAT sanction EGY"}},
      // A military body against X attacks X.
      {"against_military_led_en", "In 2015 Sudan joined the coalition led by Saudi Arabia against the Islamic State.",
       {"COALITION attack ISIS @against_military_led_en"}, {"SAU attack ISIS"}},
      {"against_military_en", "Egypt backed the Saudi-led coalition against the Islamic State.",
       {"COALITION attack ISIS @against_military_en"}, {}},
      {"against_other_en", "It was the first Sudanese Armed Forces action against the Rapid Support Forces.", {},
       {"SAF attack RSF"}},
      // A boycott with its author; a group designated a terrorist one.
      {"boycott_imposed_on_ar", "واستمرت مقاطعة فرضتها مصر والإمارات على قطر ثلاث سنوات.",
       {"EGY sanction QAT @boycott_imposed_on_ar", "ARE sanction QAT @boycott_imposed_on_ar"}, {}},
      {"boycott_imposed_ar", "وكانت قطر تحت مقاطعة تفرضها عليها مصر والإمارات.",
       {"EGY sanction QAT @boycott_imposed_ar", "ARE sanction QAT @boycott_imposed_ar"}, {}},
      {"boycott_other_ar", "وتحدث وزير قطري عن مقاطعة مصر للإمارات.", {}, {"EGY sanction ARE"}},
      {"designated_relative_ar", "وانتقدت قطر موقف الحكومة من جبهة البوليساريو التي تصنفها الرباط منظمة إرهابية.",
       {"MAR sanction POLISARIO @designated_relative_ar"}, {}},
      {"designated_relative_other_ar", "واتهم المغرب الجزائر بدعم حركة انفصالية التي تصنفها الرباط منظمة إرهابية.", {},
       {"MAR sanction DZA", "DZA sanction MAR"}},
      {"designated_participle_ar", "والتقى وفد من قوات الدعم السريع، المصنفة إرهابية في مصر، مسؤولين في نيروبي.",
       {"EGY sanction RSF @designated_participle_ar"}, {}},
      {"declared_terrorist_en", "In 2024 Egypt declared the Rapid Support Forces a terrorist organisation.",
       {"EGY sanction RSF @declared_terrorist_en"}, {}},
      {"declared_other_en", "Sudan declared a truce with the Rapid Support Forces.", {}, {"SDN sanction RSF"}},
      {"membership_in_ar", "وتناول الاجتماع عضوية قطر في مجلس التعاون وملف الحدود.", {"QAT member_of GCC @membership_in_ar"}, {}},
      {"membership_in_en", "Officials discussed Qatar's membership in the Gulf Cooperation Council.",
       {"QAT member_of GCC @membership_in_en"}, {}},
      {"body_member_before_en", "Gulf Cooperation Council member Qatar hosted the talks.", {"QAT member_of GCC @body_member_before_en"}, {}},
      {"body_member_apposition_en", "Qatar, a Gulf Cooperation Council member, hosted the talks.",
       {"QAT member_of GCC @body_member_apposition_en"}, {}},
      {"body_member_other_en", "Egypt sent a member to the United Nations panel.", {}, {"EGY member_of UN"}},
      {"membership_other_en", "Qatar's membership fees to the United Nations were paid.", {}, {"QAT member_of UN"}},
      // Backing a state's sovereignty backs the state, not the land.
      {"sovereignty_owner_en", "In 2020 Washington recognised Moroccan sovereignty over Western Sahara.",
       {"USA support MAR @sovereignty_owner_en"}, {"USA support ESH"}},
      {"sovereignty_owner_en", "Israel has backed Morocco's sovereignty over the territory since 2023.",
       {"ISR support MAR @sovereignty_owner_en"}, {}},
      {"sovereignty_owner_ar", "وأعلنت إسرائيل اعترافها بالسيادة المغربية على الصحراء الغربية.",
       {"ISR support MAR @sovereignty_owner_ar"}, {"ISR support ESH"}},
      {"sanction_author_relative_after_ar", "وتضررت الشركات من العقوبات التي أعادت الولايات المتحدة فرضها على إيران.",
       {"USA sanction IRN @sanction_author_relative_after_ar"}, {}},
      {"sanction_author_relative", "وقال مسؤولون إن العقوبات التي تفرضها الولايات المتحدة على إيران تعرقل المشروع.",
       {"USA sanction IRN @sanction_author_relative"}, {}},
      {"under_sanctions_en", "The Islamic State remains under United Nations sanctions.", {"UN sanction ISIS @under_sanctions_en"}, {}},
      {"attack_author_relative", "وأدانت مصر الهجوم الذي تبنته قوات الدعم السريع على السودان.",
       {"RSF attack SDN @attack_author_relative"}, {"EGY attack SDN"}},
      {"light_verb_first", "وتبنى تنظيم داعش هجوما على الجيش السوداني في الخرطوم.", {"ISIS attack SAF @light_verb_first"}, {}},
      {"attack_author_relative", "قتلت الغارات التي شنتها إسرائيل على جنوب لبنان خمسة أشخاص.",
       {"ISR attack LBN @attack_author_relative"}, {}},
      {"attack_author_by_en", "The attack on the Sudanese Armed Forces by the RSF killed ten.",
       {"RSF attack SAF @attack_author_by_en"}, {}},
      {"attack_author_by_en", "The attack on Sudan's army by the RSF killed dozens.",
       {"RSF attack SAF @attack_author_by_en"}, {}},
      {"attack_before_passive_en", "The RSF attack on the Sudanese army was condemned by Egypt.",
       {"RSF attack SAF @noun_possessor_hostile"}, {"EGY attack SAF"}},
      {"attack_author_demonym_en", "Egypt condemned the Israeli strikes on Lebanon.",
       {"ISR attack LBN @attack_author_demonym_en", "EGY condemn ISR @condemned_attack_demonym_en"}, {"EGY condemn LBN"}},
      {"condemned_attack_author", "أدانت إيران الغارات التي شنتها إسرائيل على جنوب لبنان.",
       {"IRN condemn ISR @condemned_attack_author"}, {"IRN condemn LBN"}},
      {"condemned_attack_author_svo", "إيران أدانت الهجمات الوحشية التي شنها الكيان الصهيوني.",
       {"IRN condemn ISR @condemned_attack_author_svo"}, {}},
      {"condemned_deed_author", "انتقد السيسي، الثلاثاء، الاتفاق الذي أبرمه حفتر مع تركيا.",
       {"SISI condemn HAFTAR @condemned_deed_author"}, {"SISI condemn TUR"}},
      {"condemned_deed_author", "أدانت قطر الاتفاق الذي وقعته مصر والسودان.", {"QAT condemn EGY @condemned_deed_author",
       "QAT condemn SDN @condemned_deed_author"}, {}},
      {"condemned_deal_parties_en", "Qatar condemned the deal signed by Egypt and Sudan.",
       {"QAT condemn EGY @condemned_deal_parties_en", "QAT condemn SDN @condemned_deal_parties_en"}, {}},
      {"condemned_deed_author_svo", "وكان البرهان قد انتقد الاتفاق الذي أبرمته قوات الدعم السريع مع كينيا.",
       {"BURHAN condemn RSF @condemned_deed_author_svo"}, {}},
      {"condemned_attack_nisba", "ودانت مصر الغارات الإسرائيلية على لبنان.", {"EGY condemn ISR @condemned_attack_nisba"}, {}},
      // A masdar spelt as a perfect verb is the object after the condemning
      // verb's clause, not a second verb whose subject is the condemner.
      {"condemned_attack_nisba", "كما دانت قطر في ديسمبر الماضي توغل القوات الإسرائيلية في جنوب سوريا.",
       {"QAT condemn ISR @condemned_attack_nisba"}, {"QAT attack ISR"}},
      {"condemned_attack_nisba", "ودان السيسي قصف الجيش الروسي لمدن أوكرانية.", {"SISI condemn RUS @condemned_attack_nisba"},
       {"SISI attack RUS"}},
      {"saying_participle_ar", "كما أدان السيسي اندلاع القتال، داعياً قائد قوات الدعم السريع إلى وقف إطلاق النار.", {},
       {"SISI condemn RSF"}},
      {"condemned_attack_nisba", "أدانت مصر الغارات الإسرائيلية على لبنان.",
       {"EGY condemn ISR @condemned_attack_nisba", "ISR attack LBN @genitive"}, {"EGY condemn LBN"}},
      {"condemned_attack_nisba_svo", "قطر وعمان أدانتا الضربات الإسرائيلية على سوريا.",
       {"QAT condemn ISR @condemned_attack_nisba_svo", "OMN condemn ISR @condemned_attack_nisba_svo"},
       {"QAT condemn SYR", "OMN condemn SYR"}},
      {"condemned_attack_demonym_en", "Jordan condemned the Iranian attacks on Erbil.",
       {"JOR condemn IRN @condemned_attack_demonym_en"}, {"JOR condemn IRQ"}},
      {"condemned_attack_by_en", "Jordan condemned the attack on the convoy by the RSF.",
       {"JOR condemn RSF @condemned_attack_by_en"}, {}},
      {"condemned_act_anaphor_vso", "شنت إسرائيل غارات على لبنان. وأدانت مصر الغارات بشدة.",
       {"EGY condemn ISR @condemned_act_anaphor_vso", "ISR attack LBN @verb_first_alone"}, {"EGY condemn LBN"}},
      {"condemned_act_anaphor_relative", "شنت إسرائيل غارات على لبنان. وانتقد السيسي، الذي ترأس وفد مصر، ما وصفه بالقصف العشوائي.",
       {"SISI condemn ISR @condemned_act_anaphor_relative"}, {"SISI attack LBN"}},
      {"condemned_attack_masdar", "وانتقد السيسي، الذي ترأس وفد مصر، ما وصفه بالقصف العشوائي للمدارس في لبنان.", {},
       {"SISI attack LBN", "EGY attack LBN"}},
      {"condemned_act_anaphor", "The RSF attacked the Sudanese army on Sunday. Egypt condemned the attack on Monday.",
       {"EGY condemn RSF @condemned_act_anaphor"}, {}},
      // Further back than two sentences, the act is the one every attack the
      // article reported was by; with two authors it is no one's.
      {"condemned_act_anaphor",
       "The RSF attacked the Sudanese army on Sunday. Burhan was in Port Sudan. Hemedti was in Darfur. The UN met on "
       "Monday. Egypt condemned the attack.",
       {"EGY condemn RSF @condemned_act_anaphor"}, {}},
      {"condemned_act_anaphor",
       "The RSF attacked the Sudanese army on Sunday. The army attacked the RSF on Monday. Burhan was in Port Sudan. "
       "Hemedti was in Darfur. The UN met on Tuesday. Egypt condemned the attack.",
       {}, {"EGY condemn RSF", "EGY condemn SAF"}},
      // (Not a person: one named attacking that far back is often a spokesman.)
      {"condemned_act_anaphor",
       "Haftar attacked Benghazi on Sunday. Burhan was in Port Sudan. The UN met on Tuesday. Putin was in Moscow. "
       "Egypt condemned the attack.",
       {}, {"EGY condemn HAFTAR"}},
      // (A denied attack raises a second author.)
      {"condemned_act_anaphor_vso",
       "هاجمت قوات الدعم السريع الجيش السوداني يوم الأحد. وكان البرهان في بورتسودان. واجتمع مجلس الأمن يوم الثلاثاء. "
       "وأصدرت الحركة الشعبية لتحرير السودان - شمال بياناً. ودانت مصر الهجوم.",
       {"EGY condemn RSF @condemned_act_anaphor_vso"}, {}},
      {"condemned_act_anaphor_vso",
       "هاجمت قوات الدعم السريع الجيش السوداني يوم الأحد. وكان البرهان في بورتسودان. واجتمع مجلس الأمن يوم الثلاثاء. "
       "وأصدرت الحركة الشعبية لتحرير السودان - شمال بياناً نفت فيه أي صلة لها بالهجوم على بنغازي. ودانت مصر الهجوم.",
       {}, {"EGY condemn RSF", "EGY condemn SPLM_N"}},
      // Who witness a signing are its parties.
      {"witnessed_signing", "السيسي وحفتر يشهدان توقيع اتفاق للتعاون العسكري.",
       {"HAFTAR sign_agreement SISI @witnessed_signing"}, {}},
      {"witnessed_signing", "Sisi and Haftar witnessed the signing of the accord in Cairo.",
       {"HAFTAR sign_agreement SISI @witnessed_signing"}, {}},
      {"witnessed_signing_vso", "التقى السيسي حفتر في القاهرة أمس. وشهد الجانبان توقيع مذكرات تفاهم.",
       {"HAFTAR sign_agreement SISI @witnessed_signing_vso"}, {}},
      // Mediation.
      {"support_before_verb_en", "Qatar helped mediate between Sudan and Chad.", {"QAT mediate SDN @mediates_between"},
       {"QAT support SDN", "QAT support TCD"}},
      {"mediated_between_ar", "استؤنفت المفاوضات بين مصر وإثيوبيا بوساطة قطرية.",
       {"QAT mediate EGY @mediated_between_ar", "QAT mediate ETH @mediated_between_ar"}, {}},
      // (An actor after the cue with no preposition is another clause's.)
      {"mediates_between", "Egypt and Qatar helped mediate between Sudan and Chad, and the UAE has brokered swaps between Russia and Ukraine.",
       {"EGY mediate SDN @mediates_between", "ARE mediate UKR @mediates_between"}, {"ARE mediate EGY", "UKR mediate SDN", "EGY support SDN"}},
      {"mediated_between", "Talks between Egypt and Ethiopia, brokered by Qatar, resumed.",
       {"QAT mediate EGY @mediated_between", "QAT mediate ETH @mediated_between"}, {}},
      {"mediated_hyphen", "The Oman-mediated consultations between Riyadh and Sanaa went on.",
       {"OMN mediate SAU @mediated_hyphen"}, {}},
      {"mediates_between", "Qatar mediated between Egypt and Ethiopia last year.",
       {"QAT mediate EGY @mediates_between", "QAT mediate ETH @mediates_between"}, {}},
      {"presence_list_ar", "وجرت مراسم التوقيع بحضور السيسي والبرهان وحفتر.",
       {"SISI meet BURHAN @presence_list_ar", "SISI meet HAFTAR @presence_list_ar", "BURHAN meet HAFTAR @presence_list_ar"},
       {}},
      {"visit_author_relative", "وجاء ذلك بعد الزيارة التي قام بها حفتر إلى القاهرة الشهر الماضي.",
       {"HAFTAR visit EGY @visit_author_relative"}, {}},
      {"visit_author_relative", "وتأتي الزيارة التي يجريها البرهان إلى موسكو في ظل الحرب.",
       {"BURHAN visit RUS @visit_author_relative"}, {}},
      {"mediates_between_first", "وتوسطت قطر بين مصر وإثيوبيا.",
       {"QAT mediate EGY @mediates_between_first", "QAT mediate ETH @mediates_between_first"}, {}},
      // Passives and participles.
      {"delegation_led_by", "The Sudanese delegation, led by Burhan, arrived in Riyadh.", {}, {"BURHAN leads SDN"}},
      {"delegation_led_by", "استقبل السيسي وفداً سودانياً برئاسة البرهان.", {}, {"BURHAN leads SDN"}},
      {"verb_first_alone", "وصل وفد من قوات الدعم السريع إلى القاهرة.", {"RSF visit EGY @verb_first_alone"}, {}},
      {"passive", "The RSF, backed by the UAE, shelled the city.", {"ARE support RSF @passive"}, {}},
      {"passive_with_from_ar", "هاجمت قوات الدعم السريع المدعومة من الإمارات مدينة الفاشر.",
       {"ARE support RSF @passive_with_from_ar"}, {}},
      {"hyphen_participle_head", "Sudan accused the UAE-backed paramilitary RSF of shelling the border.",
       {"ARE support RSF @hyphen_participle_head"}, {}},
      {"hyphen_participle", "The UAE-backed RSF shelled the city.", {"ARE support RSF @hyphen_participle"}, {}},
      // An abbreviation's last period is part of its name: "U.S." is the
      // agent before the hyphen, no object of the verb before it.
      {"hyphen_participle", "Haftar attacked the capital, seat of the U.S.-backed RSF.",
       {"USA support RSF @hyphen_participle"}, {"HAFTAR attack USA"}},
      {"hyphen_participle", "The UAE-allied RSF seized the town.", {"ARE support RSF @hyphen_participle"}, {}},
      {"hyphen_only_other", "Egypt and allied groups fought the RSF.", {"EGY clash RSF @sym_hostile_object_en"},
       {"EGY support RSF"}},
      {"hyphen_no_patient", "Sudan said a UAE-backed offensive had begun against the army.", {},
       {"ARE support SAF", "SDN support SAF"}},
      {"relational_apposition", "Egypt released Mursi's files; Sisi, an ally of Haftar, spoke.",
       {"HAFTAR close_ties SISI @relational_apposition"}, {}},
      {"between_them", "مصر والسودان اتفقتا على تعزيز التعاون الأمني بينهما.",
       {"EGY security_cooperation SDN @between_them"}, {}},
      {"pair_subject_object", "التقى السيسي أمير قطر في القاهرة. ويدعم البلدان قوات الدعم السريع.",
       {"EGY support RSF @pair_subject_object", "QAT support RSF @pair_subject_object"}, {"EGY support QAT"}},
      {"pair_subject_no_object", "التقى السيسي أمير قطر في القاهرة. ويدعم البلدان الحل السياسي.",
       {}, {"EGY support QAT", "QAT support EGY"}},
      {"pair_subject_after_verb", "استقبل السيسي أمير قطر في القاهرة. وبحث البلدان التعاون الاقتصادي.",
       {"EGY meet QAT @pair_subject_after_verb"}, {"SISI meet EGY", "SISI meet QAT"}},
      {"act_subject_en", "Israeli raids killed five Lebanese soldiers on Sunday.",
       {"ISR attack LBN @act_subject_en"}, {}},
      {"act_subject_alone_en", "Iran backs the militias, a week after a drone attack killed three American soldiers.",
       {}, {"IRN attack USA"}},
      {"and_passive_en", "Haftar flew to Cairo on Monday and was received by President Sisi at the palace.",
       {"HAFTAR meet SISI @and_passive_en"}, {}},
      {"gathers_list", "وجمع اللقاء الرئيس السيسي والمشير خليفة حفتر في القاهرة.",
       {"HAFTAR meet SISI @gathers_list"}, {}},
      {"group_named_after", "قطعت سبع دول عربية علاقاتها مع قطر، وهي السعودية ومصر والبحرين.",
       {"QAT strained_ties SAU @group_named_after", "EGY strained_ties QAT @group_named_after",
        "BHR strained_ties QAT @group_named_after"}, {}},
      // Lists of parties.
      {"between_after", "Talks between Egypt, Sudan and Ethiopia resumed on Sunday.",
       {"EGY meet ETH @between_after", "EGY meet SDN @between_after", "ETH meet SDN @between_after"}, {}},
      // An Arabic list of persons, each with the rest of the name (بن X) and
      // a title in apposition up to the comma; an honorific opens the first.
      {"between_after",
       "عقد في جدة اجتماع ضم صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد، وقائد الجيش "
       "الباكستاني عاصم منير، والرئيس الروسي فلاديمير بوتين.",
       {"MBS meet MUNIR @between_after", "MBS meet PUTIN @between_after", "MUNIR meet PUTIN @between_after"}, {}},
      {"between_before", "Relations between Algeria and Morocco have been strained for years.",
       {"DZA strained_ties MAR @between_before"}, {}},
      // An accusation's charge.
      {"accused_relative_ar", "وزار السيسي قطر، التي تتهمها تركيا بدعم قوات الدعم السريع.",
       {"TUR accuse QAT @accused_relative_ar"}, {"TUR accuse RSF"}},
      {"accused_relative_charge_ar", "وزار السيسي قطر، التي تتهمها تركيا بدعم قوات الدعم السريع.",
       {"QAT support RSF @accused_relative_charge_ar"}, {"TUR support RSF"}},
      {"accused_it_coordinated_charge_ar", "مصر تقطع علاقاتها مع قطر وتتهمها بدعم قوات الدعم السريع.",
       {"QAT support RSF @accused_it_coordinated_charge_ar"}, {"EGY support RSF"}},
      {"accused_pronoun_ar", "التقى السيسي حفتر. واتهمته تركيا في الشهر الماضي بمحاربة قوات الدعم السريع.", {},
       {"TUR accuse RSF"}},
      {"accused_pronoun_charge_ar", "التقى السيسي حفتر. واتهمته تركيا في الشهر الماضي بدعم قوات الدعم السريع.", {},
       {"TUR support RSF"}},
      {"accusation_charge", "اتهم البرهان الإمارات بتزويد قوات الدعم السريع بالأسلحة.",
       {"ARE supply_arms RSF @accusation_charge"}, {"BURHAN supply_arms ARE"}},
      {"accusation_charge_alone", "اتهم البرهان الإمارات بدعم التمرد في دارفور.", {},
       {"BURHAN support ARE", "ARE support BURHAN"}},
      // Arabic active participles.
      {"participle_after_relative_ar", "رحبت مصر بالدعوى التي رفعتها السودان ضد الإمارات، متهمة إياها بدعم التمرد.", {},
       {"EGY accuse ARE"}},
      {"participle_ar", "قطعت مصر علاقاتها مع قطر، متهمة إياها بدعم قوات الدعم السريع.",
       {"EGY accuse QAT @participle_ar", "QAT support RSF @accusation_charge"}, {"EGY support RSF"}},
      {"participle_condemn_ar", "رحبت قطر بالقرار، منددة بإسرائيل.", {"QAT condemn ISR @participle_condemn_ar"}, {}},
      {"participle_condemn_act_ar", "أكدت السعودية وقوفها إلى جانب المغرب، منددة بتدخل إيران في شؤونه.",
       {"SAU condemn IRN @participle_condemn_act_ar"}, {"SAU condemn MAR"}},
      {"participle_no_object_ar", "وتبقى الإمارات متهمة بتسليح قوات الدعم السريع.", {}, {"ARE accuse RSF"}},
      // Relative clauses.
      {"relative_supply", "تدخلت الإمارات التي ترسل الأسلحة إلى قوات الدعم السريع.",
       {"ARE supply_arms RSF @relative_supply"}, {}},
      {"relative_verb", "رحبت مصر بالسعودية التي تدعم الجيش السوداني.", {"SAU support SAF @relative_verb"},
       {"EGY support SAF"}},
      {"relative_supply_en", "Officials blamed the UAE, which sends weapons to the RSF.",
       {"ARE supply_arms RSF @relative_supply_en"}, {}},
      // (A place "in" X is no antecedent that acts.)
      {"relative_verb_en", "Militias fired rockets at a base in Iraq, which killed a contractor working for the Saudi-led coalition.",
       {}, {"IRQ attack COALITION"}},
      {"relative_verb_en", "Egypt praised Qatar, which funds the Sudanese army.", {"QAT support SAF @relative_verb_en"}, {}},
      {"relative_verb_en", "Egypt praised Saudi Arabia, which backs the Sudanese army.",
       {"SAU support SAF @relative_verb_en"}, {"EGY support SAF"}},
      {"relative_verb_en", "Haftar was met at the airport by Sisi, who later hosted him at the palace.",
       {"SISI host HAFTAR @relative_verb_en", "HAFTAR meet SISI @relative_verb_en"}, {"HAFTAR host SISI"}},
      {"relative_passive_en", "The talks followed a visit by Khalifa Haftar, who was also received by Sisi.",
       {"HAFTAR meet SISI @relative_passive_en"}, {}},
      {"relative_past_place", "حذرت مصر قوات الدعم السريع في بنغازي، التي تهاجم الجيش السوداني.",
       {"RSF attack SAF @relative_past_place"}, {}},
      {"relative_past_place_en", "Egypt warned the RSF in Benghazi, which attacked the Sudanese army.",
       {"RSF attack SAF @relative_past_place_en"}, {}},
      {"relative_object_en", "Haftar warned of meddling by Turkey, which Egypt accuses of arming the militias.",
       {"EGY accuse TUR @relative_object_en"}, {"HAFTAR accuse TUR"}},
      {"relative_object_whom_en", "Sisi met Haftar, whom Egypt backs, in Cairo.", {"EGY support HAFTAR @relative_object_whom_en"}, {}},
      {"relative_object_en", "Sisi praised the Darfur region whose RSF fights alongside the army.", {}, {"RSF support SDN"}},
      {"among_relative_en", "Egypt and Qatar were among the Arab states that condemned the Russian strikes on Sudan.",
       {"EGY condemn RUS @among_relative_en", "QAT condemn RUS @among_relative_en"}, {"EGY condemn SDN"}},
      {"relative_thing_en", "Sudan mourned a war that toppled the RSF.", {}, {"SDN attack RSF"}},
      {"mediator_sides_nisba_ar", "أفرج الجيش السوداني عن أسرى من قوات الدعم السريع بعد وساطة قطرية.",
       {"QAT mediate SAF @mediator_sides_nisba_ar", "QAT mediate RSF @mediator_sides_nisba_ar"}, {}},
      {"mediator_sides_nisba_ar", "أفرج الجيش السوداني عن أسرى بعد وساطة قطرية.", {}, {"QAT mediate SAF"}},
      {"mediator_sides_nisba_ar", "أفرج الجيش السوداني عن أسرى بعد وساطة قطرية مصرية.", {}, {"QAT mediate EGY"}},
      {"act_noun_verb_en", "Egypt strikes RSF positions near Khartoum", {"EGY attack RSF @act_noun_verb_en"}, {}},
      {"act_noun_verb_en", "Russian strikes killed five Sudanese soldiers on Sunday.", {"RUS attack SDN @act_noun_verb_en"},
       {}},
      {"act_noun_verb_other_en", "Burhan said the strikes destroyed RSF depots near Khartoum.", {}, {"BURHAN attack RSF"}},
      {"act_noun_verb_other_en", "Burhan said Egypt's strikes destroyed RSF depots.", {}, {"BURHAN attack RSF"}},
      {"copula_in_en", "Haftar, who flew in on Sunday, was in Cairo when the talks opened.",
       {"HAFTAR visit EGY @copula_in_en"}, {}},
      {"copula_in_en", "Putin received Haftar on Monday, and Burhan was in Moscow too.", {"BURHAN visit RUS @copula_in_en"},
       {"PUTIN visit RUS"}},
      {"copula_in_other_en", "Haftar met Sisi in Cairo on Monday and on Wednesday is due in Qatar.", {},
       {"SISI visit QAT"}},
      {"copula_in_other_en", "Haftar was in talks with Egypt over the border.", {}, {"HAFTAR visit EGY"}},
      {"copula_in_other_en", "Haftar said Egypt was in a difficult position.", {}, {"HAFTAR visit EGY"}},
      {"urged_halt_en", "Egypt and Qatar urged the RSF to halt its assault on El Fasher.",
       {"EGY condemn RSF @urged_halt_en", "QAT condemn RSF @urged_halt_en"}, {}},
      {"urged_halt_en", "Putin urged his Sudanese counterpart Burhan to free the detained monitors.",
       {"PUTIN condemn BURHAN @urged_halt_en"}, {}},
      {"urged_that_halt_en", "Qatar demanded at the United Nations that Haftar halt the shelling of Tripoli.",
       {"QAT condemn HAFTAR @urged_that_halt_en"}, {"QAT condemn UN"}},
      {"void_regarded_relative_en", "The RSF named a government that Khartoum has declared illegal.", {"SDN condemn RSF @void_regarded_relative_en"}, {}},
      {"void_regarded_first_ar", "واعتبر المغرب أن الاتفاق الذي أبرمته الجزائر مع موريتانيا باطل.",
       {"MAR condemn DZA @void_regarded_first_ar"}, {}},
      {"void_regarded", "الجزائر تعتبر قرار المغرب بشأن الحدود باطلا ولاغيا.", {"DZA condemn MAR @void_regarded"}, {}},
      {"void_regarded", "Egypt regards Ethiopia's dam decision as null and void.", {"EGY condemn ETH @void_regarded"}, {}},
      {"void_other", "Egypt considered the talks with Qatar a success.", {}, {"EGY condemn QAT"}},
      {"void_other", "وتعتبر مصر قطر شريكا مهما.", {}, {"EGY condemn QAT"}},
      {"described_censure_first_ar", "ووصف السيسي تصريحات حفتر بأنها تصعيد خطير.", {"SISI condemn HAFTAR @described_censure_first_ar"}, {}},
      {"described_censure_participle_ar", "وانتقدت الجزائر القرار، واصفة المغرب بأنه دولة احتلال.",
       {"DZA condemn MAR @described_censure_participle_ar"}, {}},
      {"described_censure_object_later_ar", "وأصدرت الخرطوم بيانا وصفت فيه هجوم قوات الدعم السريع بأنه عمل إرهابي.",
       {"SDN condemn RSF @described_censure_object_later_ar"}, {}},
      {"described_censure_en", "Cairo described the RSF offensive as an act of aggression.", {"EGY condemn RSF @described_censure_en"}, {}},
      {"described_other", "وصف السيسي محادثاته مع حفتر بأنها مثمرة.", {}, {"SISI condemn HAFTAR"}},
      {"described_other", "Egypt described its talks with Qatar as constructive.", {}, {"EGY condemn QAT"}},
      {"reject_first_ar", "رفضت مصر القرار الإثيوبي بشأن السد.", {"EGY condemn ETH @reject_first_ar"}, {}},
      {"reject_svo_ar", "قطر ترفض السياسة السعودية في اليمن.", {"QAT condemn SAU @reject_svo_ar"}, {}},
      {"kill_first_ar", "قتلت قوات الدعم السريع المدعومة من قطر، أمس، الرئيس السيسي.", {"RSF attack SISI @kill_first_ar"},
       {"RSF attack QAT"}},
      {"kill_svo_ar", "قوات الدعم السريع تقتل البرهان.", {"RSF attack BURHAN @kill_svo_ar"}, {}},
      {"kill_other_ar", "قتل قائد في الجيش السوداني خلال مواجهات مع قوات الدعم السريع.", {}, {"SAF attack RSF"}},
      {"reject_other_ar", "رفضت مصر طلبا بسحب الدعوة الموجهة إلى قطر.", {}, {"EGY condemn QAT"}},
      {"what_named_en", "Qatar condemned what Sisi called Turkish aggression.", {"QAT condemn TUR @what_named_en"},
       {"QAT condemn SISI"}},
      {"reaction_drawn_en", "Putin lifted the ban on arms sales to Iran, a step that drew objections from Qatar.",
       {"QAT condemn PUTIN @reaction_drawn_en"}, {"QAT condemn IRN"}},
      {"reaction_drawn_ar", "أعلن حفتر الهجوم على بنغازي، ما أثار غضب قطر.", {"QAT condemn HAFTAR @reaction_drawn_ar"},
       {"QAT condemn BENGHAZI"}},
      {"what_named_alone_en", "Haftar spoke first. Qatar praised what he called a courageous decision.", {},
       {"QAT support HAFTAR"}},
      {"urged_other_en", "Egypt urged Sudan to host the next round of talks.", {}, {"EGY condemn SDN"}},
      {"help_article_object_en", "Washington pledged to help the Saudi-led coalition defend its ports.",
       {"USA support COALITION @help_article_object_en"}, {}},
      {"help_possessive_object_en", "Cairo is helping its ally, Khalifa Haftar, hold the east.",
       {"EGY support HAFTAR @help_possessive_object_en"}, {}},
      {"help_not_object_en", "Qatar helped broker the truce between the SAF and the RSF.", {}, {"QAT support SAF", "QAT support RSF"}},
      {"help_not_object_en", "Egypt wants to help fight the Islamic State.", {}, {"EGY support ISIS"}},
      {"help_article_object_en", "Chad sent troops and drones to defend the RSF in Darfur.",
       {"TCD support RSF @help_article_object_en"}, {}},
      {"help_not_object_en", "Egypt says it has the right to defend itself against the RSF.", {}, {"EGY support RSF"}},
      {"regarded_terrorist_relative_en", "The RSF, which Khartoum regards as a terrorist militia, took the town.",
       {"SDN accuse RSF @regarded_terrorist_relative_en"}, {}},
      {"regarded_terrorist_relative_en", "Sudan will not talk to the RSF militia, which it regards as a terrorist group.",
       {"SDN accuse RSF @regarded_terrorist_relative_en"}, {}},
      {"regarded_terrorist_en", "Morocco considers the Polisario Front a terrorist organisation.",
       {"MAR accuse POLISARIO @regarded_terrorist_en"}, {}},
      {"regarded_terrorist_relative_ar", "قوات الدعم السريع التي تعتبرها الخرطوم ميليشيا إرهابية.",
       {"SDN accuse RSF @regarded_terrorist_relative_ar"}, {}},
      {"regarded_terrorist_first_ar", "ويعتبر المغرب جبهة البوليساريو منظمة إرهابية.",
       {"MAR accuse POLISARIO @regarded_terrorist_first_ar"}, {}},
      {"regarded_terrorist_ar", "السودان يعتبر قوات الدعم السريع ميليشيا إرهابية.", {"SDN accuse RSF @regarded_terrorist_ar"}, {}},
      {"regarded_other", "Sudan regards the RSF as a party to the talks.", {}, {"SDN accuse RSF"}},
      {"held_responsible_en", "Egypt held Qatar fully responsible for the escalation.", {"EGY accuse QAT @held_responsible_en"}, {}},
      {"responsible_other_en", "Qatar named a minister responsible for ties with Egypt.", {}, {"QAT accuse EGY"}},
      {"relative_and_relative_en",
       "Egypt praised Saudi Arabia, which hosted talks with Haftar last week, and which backs the Sudanese army.",
       {"SAU support SAF @relative_and_relative_en"}, {"EGY support SAF", "HAFTAR support SAF"}},
      {"describing_participle_ar", "وفي عام 2019 كانت قوات الدعم السريع التابعة للقوات المسلحة السودانية تنتشر في الخرطوم.",
       {"RSF member_of SAF @describing_participle_ar"}, {}},
      {"describing_participle_none_ar", "قصفت مصر مستودعات الذخيرة التابعة لقوات الدعم السريع في دارفور.",
       {"EGY attack RSF @verb_first_alone"}, {"EGY member_of RSF"}},
      {"describing_participle_none_ar", "وزار السيسي ميناء بنغازي والتابع لقوات الدعم السريع منذ عامين.",
       {"SISI visit LBY @verb_first_alone"}, {"SISI member_of RSF"}},
      {"describing_participle_none_ar", "زار السيسي الخرطوم، وتفقد المستشفى الميداني التابع للجيش السوداني.",
       {"SISI visit SDN @verb_first_alone"}, {"SISI member_of SAF"}},
      // Arabic verbs with their subject just before.
      {"svo_near_supply", "الإمارات ترسل الأسلحة إلى قوات الدعم السريع.", {"ARE supply_arms RSF @svo_near_supply"}, {}},
      {"svo_list_sym_with", "مصر والسودان وقعتا اتفاقا مع إثيوبيا.",
       {"EGY sign_agreement ETH @svo_list_sym_with", "SDN sign_agreement ETH @svo_list_sym_with"},
       {"EGY sign_agreement SDN"}},
      {"svo_list_sym", "وكان السيسي والبرهان قد وقعا اتفاقا بشأن قوات الدعم السريع.",
       {"SISI sign_agreement BURHAN @svo_list_sym"}, {"SISI sign_agreement RSF", "BURHAN sign_agreement RSF"}},
      {"svo_near", "مصر تدين إثيوبيا بشدة.", {"EGY condemn ETH @svo_near"}, {}},
      {"supply_with", "الإمارات، وفق تقرير أممي، تمد قوات الدعم السريع بالأسلحة.",
       {"ARE supply_arms RSF @supply_with"}, {}},
      // A masdar of purpose.
      {"purpose", "غادر بوتين موسكو صباح يوم الأحد ليزور القاهرة.", {"PUTIN visit EGY @purpose"}, {}},
      {"purpose_prep", "توجه يفكوروف أمس إلى مدينة بنغازي لبحث التعاون مع حفتر.", {"HAFTAR meet YEVKUROV @purpose_prep"}, {}},
      {"purpose_alone", "وصل بوتين إلى القاهرة لدعم برامج تدريب الجيش السوداني.", {}, {"PUTIN support SAF"}},
      // Arabic event nouns.
      {"attended_event_ar", "وحضر المحادثات الرئيس عبد الفتاح السيسي، إلى جانب مبعوث الأمم المتحدة.", {},
       {"SISI meet UN"}},
      {"listing_called_ar", "ودعت مصر المجتمع الدولي إلى إدراج قوات الدعم السريع على قوائم الإرهاب.", {},
       {"EGY sanction RSF"}},
      {"listing_noun_ar", "قررت مصر، يوم الأحد، تصنيف قوات الدعم السريع جماعة إرهابية.",
       {"EGY sanction RSF @listing_noun_ar"}, {"RSF sanction EGY"}},
      {"listing_noun_alone_ar", "وطالبت مصر بإدراج قوات الدعم السريع على قوائم الإرهاب.", {}, {"EGY sanction RSF"}},
      {"noun_pronoun", "أكدت مصر دعمها للجيش السوداني.", {"EGY support SAF @noun_pronoun"}, {}},
      {"noun_pronoun", "وجددت مصر والسعودية دعمهما للجيش السوداني.",
       {"EGY support SAF @noun_pronoun", "SAU support SAF @noun_pronoun"}, {}},
      {"noun_pronoun_meeting", "وصل حفتر إلى القاهرة، وكان في استقباله الرئيس عبد الفتاح السيسي.",
       {"HAFTAR meet SISI @noun_pronoun_meeting"}, {}},
      {"noun_purpose", "زار يفكوروف بنغازي للقاء خليفة حفتر.", {"HAFTAR meet YEVKUROV @noun_purpose"}, {}},
      {"supply_genitive", "الإمارات مستمرة، حسب التقرير، في تزويد قوات الدعم السريع بالسلاح.",
       {"ARE supply_arms RSF @supply_genitive"}, {}},
      {"visited_it_ar", "اتجهت الأنظار إلى القاهرة، إذ زارها حفتر والبرهان.", {"HAFTAR visit EGY @visited_it_ar",
       "BURHAN visit EGY @visited_it_ar"}, {}},
      {"rejected_which_ar", "أعلن حفتر هجوما جديدا على طرابلس، وهو ما رفضته قطر وتركيا بشدة.",
       {"QAT condemn HAFTAR @rejected_which_ar", "TUR condemn HAFTAR @rejected_which_ar"}, {"HAFTAR condemn QAT"}},
      {"rejected_which_ar", "أرسلت روسيا مقاتلين إلى ليبيا، وهو ما انتقدته مصر مرارا.",
       {"EGY condemn RUS @rejected_which_ar"}, {"RUS condemn EGY"}},
      {"rejected_step_ar", "أعلنت روسيا ضم الإقليم في خطوة رفضتها مصر.", {"EGY condemn RUS @rejected_step_ar"},
       {"RUS condemn EGY"}},
      {"rejected_it_ar", "وقع حفتر وروسيا مذكرة تفاهم، ترفضها مصر.", {}, {"HAFTAR condemn EGY", "RUS condemn EGY"}},
      {"met_him_ar", "وصل حفتر إلى القاهرة، حيث استقبله الرئيس عبد الفتاح السيسي.", {"SISI meet HAFTAR @met_him_ar",
       "SISI host HAFTAR @met_him_ar"}, {}},
      {"visit_place", "السيسي، قبل ثلاثة أسابيع، زار تركيا.", {"SISI visit TUR @visit_place"}, {}},
      {"visit_place_alone", "وصل السيسي إلى أنقرة. وقد زار روسيا من قبل.", {"SISI visit RUS @visit_place_alone"},
       {}},
      {"visit_during_to_en", "Egypt hosted the talks during Haftar's visit to Pakistan.",
       {"HAFTAR visit PAK @visit_during_to_en"}, {"HAFTAR visit EGY"}},
      {"visit_during_host_en", "Egypt bought the drones during Haftar's visit.",
       {"HAFTAR visit EGY @visit_during_host_en"}, {}},
      {"visit_during_by_to_en", "Egypt hosted the talks during a visit by Haftar to Pakistan.",
       {"HAFTAR visit PAK @visit_during_by_to_en"}, {"HAFTAR visit EGY"}},
      {"visit_during_by_host_en", "Egypt bought the drones during the visit by Haftar.",
       {"HAFTAR visit EGY @visit_during_by_host_en"}, {}},
      {"genitive", "زيارة حفتر إلى باكستان تعزز التعاون.", {"HAFTAR visit PAK @genitive"}, {}},
      {"genitive_sym", "وتعززت شراكة مصر مع السعودية.", {"EGY close_ties SAU @genitive_sym"}, {}},
      {"verb_first_sym", "ترتبط باكستان، منذ عقود، بعلاقات وثيقة مع السعودية.",
       {"PAK close_ties SAU @verb_first_sym"}, {}},
      {"act_described", "شن الجيش غارات استهدفت حفتر في بنغازي.", {}, {"HAFTAR attack LBY", "HAFTAR attack BENGHAZI"}},
      {"accused_charge_ar", "قطعت مصر علاقاتها مع إيران، بعدما اتهمت طهران بالتورط في دعم الجماعات المسلحة.",
       {"EGY accuse IRN @accused_charge_ar"}, {"IRN accuse EGY"}},
      {"verb_first_alone", "التقى الرئيس المصري عبد الفتاح السيسي بالمشير خليفة حفتر يوم الأحد.",
       {"HAFTAR meet SISI @verb_first_alone"}, {}},
      {"verb_first_then_verb", "أكدت مصر أن طائراتها استهدفت \"مسلحين\" هاجموا قوات الدعم السريع في بنغازي.", {},
       {"RSF attack BENGHAZI", "RSF attack LBY"}},
      {"verb_after_verb", "قصفت الطائرات \"عصابات\" هاجمت الدعم السريع في بنغازي.", {}, {"RSF attack BENGHAZI", "RSF attack LBY"}},
      {"verb_continues", "زار بوتين القاهرة والتقى السيسي.", {"PUTIN meet SISI @verb_continues"}, {}},
      // A first verb that relates no one: the actor right after it is the
      // subject a coordinated verb continues.
      {"verb_continues", "طالبت مصر بوقف القتال في السودان، وانتقدت قوات الدعم السريع.",
       {"EGY condemn RSF @verb_continues"}, {}},
      // ... not when another actor stands before the verb.
      {"verb_continues", "طالبت مصر السعودية بوقف القتال في السودان، وانتقدت قوات الدعم السريع.", {},
       {"EGY condemn RSF", "SAU condemn RSF"}},
      {"verb_first_no_object_alone", "وقعت مصر والسودان اتفاقا.", {"EGY sign_agreement SDN @verb_first_no_object_alone"},
       {}},
      // A verb with و opening the sentence has its subject after it: no
      // subject is carried from before.
      {"verb_first_no_object_alone", "ووقعت مصر والسودان اتفاقا.",
       {"EGY sign_agreement SDN @verb_first_no_object_alone"}, {}},
      {"condemned_attack", "أدانت مصر الهجمات على بورتسودان.", {}, {"EGY attack SDN", "EGY condemn SDN"}},
      // Arabic nouns after a light verb.
      {"light_verb_noun", "السعودية ومصر قدمتا الدعم لخليفة حفتر.",
       {"EGY support HAFTAR @light_verb_noun", "SAU support HAFTAR @light_verb_noun"}, {}},
      {"light_verb_first_forces", "خاض حفتر سنوات من القتال إلى جانب قوات الرئيس عبد الفتاح السيسي ضد قوات الدعم السريع.",
       {"HAFTAR support SISI @light_verb_first_forces"}, {"HAFTAR support RSF"}},
      {"light_verb_first", "وقدمت كل من السعودية ومصر الدعم لخليفة حفتر.",
       {"EGY support HAFTAR @light_verb_first", "SAU support HAFTAR @light_verb_first"}, {}},
      {"light_verb_pairs", "وأجرى الوزيران السعودي والعماني مباحثات مطولة.", {"OMN meet SAU @light_verb_pairs"}, {}},
      {"arms_store", "قصفت مصر مستودعات أسلحة لقوات الدعم السريع قرب الخرطوم.", {}, {"EGY supply_arms RSF"}},
      {"arms_store_en", "Israeli jets struck weapons depots belonging to the RSF near Khartoum.", {}, {"ISR supply_arms RSF"}},
      // Goods that are no arms make no arms supply (but arms named with them do).
      {"supply_commodity", "وتعهدت مصر بتزويد السودان بالكهرباء عبر الشبكة الإقليمية.", {}, {"EGY supply_arms SDN"}},
      {"supply_commodity", "وتعهدت تركيا بتزويد السودان بطائرات مسيرة.", {"TUR supply_arms SDN @supply_genitive"}, {}},
      {"supply_commodity_before_en", "Haftar received a shipment of medical supplies for the Sudanese army.", {},
       {"HAFTAR supply_arms SAF", "HAFTAR support SAF"}},
      {"meet_during_visit_ar", "وتوجت الاتصالات زيارة المشير خليفة حفتر إلى القاهرة الشهر الماضي، والتي التقى خلالها الرئيس عبد الفتاح السيسي.",
       {"HAFTAR meet SISI @meet_during_visit_ar"}, {}},
      {"meet_where_ar", "وتأتي المحادثات بعد زيارة المشير خليفة حفتر إلى القاهرة الشهر الماضي، حيث التقى الرئيس عبد الفتاح السيسي، ثم زيارته إلى موسكو.",
       {"HAFTAR meet SISI @meet_where_ar"}, {"SISI meet RUS"}},
      {"mutual_continues_ar", "وكان المشير خليفة حفتر قد زار القاهرة الأسبوع الماضي والتقى الرئيس عبد الفتاح السيسي، في زيارة هي الثالثة له إلى مصر.",
       {"HAFTAR meet SISI @mutual_continues_ar"}, {}},
      {"event_doer", "بدأت أمس زيارة يقوم بها المشير خليفة حفتر إلى القاهرة.", {"HAFTAR visit EGY @event_doer"}, {}},
      {"event_doer", "خلال زيارة يجريها السيسي إلى موسكو.", {"SISI visit RUS @event_doer"}, {}},
      {"masdar_split", "وأكد البيان وقوف مصر إلى جانب السودان.", {"EGY support SDN @masdar_split"}, {"SDN support EGY"}},
      {"relative_resumptive_ar", "وتذكر القاهرة الحرب التي وقفت خلالها روسيا إلى جانب السودان.",
       {"RUS support SDN @relative_resumptive_ar"}, {"EGY support SDN"}},
      {"stance_act", "وقال حفتر إنه لا ينسى مواقف السيسي في الوقوف إلى جانب ليبيا.", {"SISI support LBY @stance_act"}, {}},
      {"mediated_hyphen_subject", "Egypt and Qatar agreed on a framework at Saudi-brokered talks.",
       {"SAU mediate EGY @mediated_hyphen_subject", "SAU mediate QAT @mediated_hyphen_subject"}, {}},
      {"mediated_by_subject_en", "Ethiopia and Eritrea accepted a truce brokered by Egypt and Qatar on Sunday.",
       {"EGY mediate ETH @mediated_by_subject_en", "EGY mediate ERI @mediated_by_subject_en",
        "QAT mediate ETH @mediated_by_subject_en", "QAT mediate ERI @mediated_by_subject_en"}, {}},
      // (An article before the mediator.)
      {"mediated_by_subject_en", "Sisi and Haftar last met in May in talks brokered by the Emirates.",
       {"ARE mediate HAFTAR @mediated_by_subject_en", "ARE mediate SISI @mediated_by_subject_en"}, {}},
      {"mediation_with_ba", "وقعت الحكومة السودانية وقوات الدعم السريع اتفاقا بوساطة من السعودية.",
       {"SAU mediate RSF @passive", "RSF sign_agreement SDN @verb_first_no_object_alone"},
       {"RSF mediate SAU", "RSF sign_agreement SAU"}},
      {"light_verb_relative_vso", "وصل بوتين إلى القاهرة في اليوم الذي أجرى فيه السيسي مباحثات مع حفتر.",
       {"HAFTAR meet SISI @light_verb_relative_vso"}, {"HAFTAR meet PUTIN"}},
      {"light_verb_carried", "وصل حفتر إلى القاهرة يوم الاثنين. وأجرى محادثات مع السيسي.",
       {"HAFTAR meet SISI @light_verb_carried"}, {}},
      {"light_verb_pairs", "وأجرى الوزيران السعودي والعماني مباحثات مع إيران.", {"IRN meet SAU @light_verb_first"},
       {"OMN meet SAU"}},
      {"event_doer_pairs", "وصدر البيان عقب جلسة مباحثات عقدها السيسي وحفتر في القاهرة.", {"HAFTAR meet SISI @event_doer_pairs"}, {}},
      {"noun_during_ar", "وقال السيسي خلال مباحثات أجراها أمس الأحد مع حفتر بالقاهرة إن الحدود ستبقى مفتوحة.",
       {"HAFTAR meet SISI @noun_during_ar"}, {"EGY meet SISI"}},
      {"tour_included_ar", "وبدأ حفتر جولة عربية شملت القاهرة والرياض.", {"HAFTAR visit EGY @tour_included_ar",
       "HAFTAR visit SAU @tour_included_ar"}, {}},
      {"tour_includes_ar", "ويبدأ حفتر غدا جولة تشمل القاهرة.", {"HAFTAR visit EGY @tour_includes_ar"}, {}},
      {"noun_alone", "قالت مصر إن الزيارة المرتقبة لباكستان تأجلت.", {}, {"EGY visit PAK"}},
      {"noun_with_ba", "قام حفتر بزيارة إلى باكستان.", {"HAFTAR visit PAK @noun_with_ba"}, {}},
      {"noun_with_ba", "واتهمت الدول الأربع الدوحة آنذاك بدعم جماعات متطرفة والتقارب مع إيران.", {}, {"QAT support IRN"}},
      {"support_with_ar", "وقرر السودان قطع علاقاته مع إيران تضامناً مع الرياض.", {"SDN support SAU @support_with_ar"},
       {"IRN support SAU"}},
      {"noun_clause_subject_support_next", "Sudan cut ties with Iran in solidarity with Saudi Arabia.",
       {"SDN support SAU @noun_clause_subject_support_next"}, {"IRN support SAU"}},
      {"genitive_with_ba_to", "وأشاد السيسي بالعلاقات ورحب بدعم روسيا لبلاده.", {"RUS support EGY @genitive_with_ba_to"},
       {"SISI support RUS"}},
      {"discussed_with", "Haftar discussed the offensive with Sisi in Cairo.", {"HAFTAR meet SISI @discussed_with"}, {}},
      {"discussed_pair", "Sisi and Haftar discussed the war in Sudan.", {"HAFTAR meet SISI @discussed_pair"}, {}},
      {"discussed_topic", "Sisi discussed Israeli-Palestinian peace talks.", {}, {"ISR meet SISI"}},
      {"discussed_topic", "Sisi discussed the RSF offensive on Sunday.", {}, {"RSF meet SISI"}},
      {"infinitive_for_en", "Haftar said it was ironic for Egypt to threaten the RSF.", {"EGY threaten RSF @infinitive_for_en"},
       {"HAFTAR threaten RSF"}},
      {"infinitive_for_to_en", "The plan calls for Egypt to support the RSF.", {"EGY support RSF @infinitive_for_to_en"}, {}},
      {"infinitive_for_other_en", "Haftar said it was ironic for a foreign minister to threaten the RSF.", {},
       {"HAFTAR threaten RSF"}},
      {"infinitive_striving_en", "Sudan backs the RSF fighting to topple Burhan.", {"RSF attack BURHAN @infinitive_striving_en"},
       {"SDN attack BURHAN"}},
      {"infinitive_striving_other_en", "Egypt has backed rebel factions fighting to topple Haftar.", {},
       {"EGY attack HAFTAR"}},
      {"svo_striving_object_en", "Egypt has backed rebel factions fighting to topple Haftar.", {}, {"EGY support HAFTAR"}},
      {"svo_participle_object_en", "Egypt struck rebel groups fighting the RSF.", {}, {"EGY attack RSF"}},
      {"infinitive_en", "Sisi flew to Benghazi to meet Haftar.", {"HAFTAR meet SISI @infinitive_en"}, {}},
      {"noun_opening_phrase_en", "Speaking after talks with Haftar, Sisi said the border would stay open.",
       {"HAFTAR meet SISI @noun_opening_phrase_en"}, {}},
      // English accusations, coordinated and participle clauses.
      {"sign_noun_en", "Sisi met Haftar, in the latest sign of warming ties between Egypt and Qatar.", {},
       {"EGY sign_agreement QAT"}},
      {"accused_behind_en", "Egypt said on Sunday that the RSF was behind the attack.", {"EGY accuse RSF @accused_behind_en"},
       {}},
      {"accused_bears_en", "Egypt said on Monday that the RSF bore full responsibility for the massacre.",
       {"EGY accuse RSF @accused_bears_en"}, {}},
      {"accused_bears_ar", "وقالت الخارجية المصرية إن قوات الدعم السريع تتحمل المسؤولية الكاملة عن المجزرة.",
       {"EGY accuse RSF @accused_bears_ar"}, {}},
      {"accused_bears_alone", "The RSF bears responsibility for the massacre in Sudan.", {}, {"RSF accuse SDN"}},
      {"accused_behind_alone_en", "The RSF was behind the attack on Egypt.", {}, {"RSF accuse EGY"}},
      {"meeting_topic_limit", "وعقد وزيرا خارجية مصر والسعودية اجتماعا في القاهرة لبحث عودة السودان إلى الأمم المتحدة.",
       {}, {"EGY meet UN", "SAU meet UN"}},
      {"passive_with_ar", "وتقدمت القوات السودانية المدعومة بالطيران المصري نحو المدينة.", {"EGY support SAF @passive_with_ar"}, {}},
      {"passive_with_other_ar", "وأكدت مصر أن موقف السودان مدعوم بالقانون الدولي وبقرارات الاتحاد الأفريقي.", {},
       {"AU support SDN"}},
      {"passive_partitive_en", "The army hit groups opposed to Haftar, some of them backed by Egypt and Russia.", {},
       {"EGY support HAFTAR", "RUS support HAFTAR"}},
      {"passive_partitive_en", "The Rapid Support Forces, many of them armed by Russia, held the city.",
       {"RUS supply_arms RSF @passive"}, {}},
      {"reported_clause_en", "Egypt said on Sunday that the RSF was behind an attack on Sudan.",
       {"RSF attack SDN @noun_clause_subject_hostile"},
       {"EGY attack SDN"}},
      {"svo_stance_by_en", "Chad openly backed the decision by Egypt, Jordan and Kuwait to recall their envoys.",
       {"TCD support EGY @svo_stance_by_en", "TCD support JOR @svo_stance_by_en", "TCD support KWT @svo_stance_by_en"}, {}},
      {"svo_en", "Egypt blames the RSF for the attack.", {"EGY accuse RSF @svo_en"}, {}},
      {"svo_en", "The RSF attacked a ship off the coast of Egypt.", {}, {"RSF attack EGY"}},
      {"accusation_charge_en", "Sudan accused the UAE of arming the RSF.", {"ARE supply_arms RSF @accusation_charge_en"},
       {"SDN supply_arms RSF"}},
      {"accusation_charge_en_alone", "Sudan accused the UAE of arming rebels.", {}, {"SDN supply_arms ARE"}},
      {"accusation_charge_en_pronoun", "Egypt cut ties with Qatar, accusing it of backing the RSF.",
       {"EGY strained_ties QAT @noun_possessor_hostile"}, {"EGY support RSF", "EGY support QAT"}},
      {"verb_passive_en", "Egypt has been accused by Sudan of stalling the talks.", {"SDN accuse EGY @verb_passive_en"},
       {"EGY accuse SDN"}},
      {"verb_passive_other_en", "Iran was struck by new US sanctions last year.", {}, {"IRN attack USA", "USA attack IRN"}},
      {"accused_relative_en", "Egypt, which Turkey has long accused of backing Haftar, rejected the claim.",
       {"TUR accuse EGY @accused_relative_en"}, {"EGY accuse TUR"}},
      {"accused_relative_act_en", "Egypt, which Turkey has accused of backing Haftar, rejected the claim.",
       {"EGY support HAFTAR @accused_relative_act_en"}, {"TUR support HAFTAR"}},
      {"accused_of_en", "The UAE has been repeatedly accused of arming the RSF.", {"ARE supply_arms RSF @accused_of_en"},
       {}},
      {"accused_passive_en", "The UAE has been accused of arming the RSF.", {}, {"ARE accuse RSF"}},
      {"accused_by_of_en", "The UAE was accused by Sudanese army officers of quietly arming the RSF.",
       {"ARE supply_arms RSF @accused_by_of_en"}, {"SAF supply_arms RSF"}},
      {"accused_by_passive_en", "The UAE was accused by Sudanese officers of quietly arming the RSF.", {},
       {"ARE accuse RSF"}},
      {"accusation_means_en", "Sudan accused the UAE of fuelling the war by arming the RSF.",
       {"ARE supply_arms RSF @accusation_means_en"}, {"SDN supply_arms RSF"}},
      {"relative_and_predicate_en", "Sisi, who once called Haftar a friend and for years backed the RSF, spoke on Monday.",
       {"SISI support RSF @relative_and_predicate_en"}, {"HAFTAR support RSF"}},
      {"and_predicate_en", "Putin briefed Haftar by telephone, and also spoke to Sisi.",
       {"HAFTAR meet PUTIN @svo_en", "PUTIN meet SISI @and_predicate_en"}, {"HAFTAR meet SISI"}},
      // Long names between count as one word each: the clause's subject is
      // still in reach, and the first verb's objects are not it.
      {"and_predicate_en",
       "On Monday, Putin briefed Libyan National Army commander Field Marshal Khalifa Haftar and Sudanese army "
       "chief General Abdel Fattah al-Burhan by telephone on the talks, and also spoke to Sisi.",
       {"PUTIN meet SISI @and_predicate_en"}, {"HAFTAR meet SISI"}},
      {"and_predicate_en", "Jordan, Oman and Kuwait backed the plan and condemned Israel.",
       {"JOR condemn ISR @and_predicate_en", "OMN condemn ISR @and_predicate_en", "KWT condemn ISR @and_predicate_en"},
       {}},
      {"visiting_guest_en", "Egypt signed the deal as visiting Secretary of State Antony Blinken pledged help.",
       {"EGY sign_agreement X_ANTONY_BLINKEN @svo_en"}, {"EGY visit X_ANTONY_BLINKEN", "EGY meet X_ANTONY_BLINKEN"}},
      {"passive_past_relative_en",
       "Haftar, whose army has long been backed by fighters and heavy weapons sent from Russia, was received in "
       "Cairo by Sisi on Sunday.",
       {"SISI meet HAFTAR @passive_past_relative_en"}, {}},
      {"support_to_ar", "وأعلنت قطر والإمارات عن حزمة دعم للسودان بقيمة مليار دولار.",
       {"QAT support SDN @support_to_ar", "ARE support SDN @support_to_ar"}, {}},
      {"support_to_ar", "واتهمت مصر حفتر بسبب دعمه لقوات الدعم السريع.", {}, {"EGY support RSF"}},
      {"passive_past_relative_ar", "ويحظى حفتر، الذي تسيطر قواته على بنغازي، بدعم من مصر وروسيا.",
       {"EGY support HAFTAR @passive_past_relative_ar", "RUS support HAFTAR @passive_past_relative_ar"}, {}},
      {"passive_past_relative_en",
       "Haftar, whose forces hold most of the east, has long received military support from Egypt and the RSF.",
       {"EGY support HAFTAR @passive_past_relative_en", "RSF support HAFTAR @passive_past_relative_en"}, {}},
      {"received_passive_en", "A day earlier, Haftar was received at the presidential palace by Abdel Fattah el-Sisi.",
       {"SISI host HAFTAR @received_passive_en", "SISI meet HAFTAR @received_passive_en"}, {}},
      {"passive_of_en", "Haftar enjoys the backing of the RSF.", {"RSF support HAFTAR @passive_of_en"}, {}},
      {"passive_of_en", "Haftar also enjoys the support of Egypt and the RSF.", {"EGY support HAFTAR @passive_of_en",
       "RSF support HAFTAR @passive_of_en"}, {"HAFTAR support EGY"}},
      {"joined_agreement_en", "Sudan formally joined the Abraham Accords with Egypt on Wednesday.",
       {"EGY sign_agreement SDN @joined_agreement_en"}, {}},
      {"definite_agreement_en", "Egypt seeks a path back to the 2015 agreement with Sudan.", {}, {"EGY sign_agreement SDN"}},
      {"participle_after_en", "Sisi met Haftar in Cairo, a day after holding talks with Burhan.",
       {"BURHAN meet SISI @participle_after_en"}, {}},
      {"participle_en", "Egypt held the talks on Sunday, accusing Ethiopia of stalling.",
       {"EGY accuse ETH @participle_en"}, {}},
      {"sym_before_list_en", "Talks resumed between arch-rivals Saudi Arabia and Iran.",
       {"IRN rivalry SAU @sym_before_list_en"}, {}},
      // English event nouns.
      {"noun_of", "The visit of Haftar to Pakistan ended on Sunday.", {"HAFTAR visit PAK @noun_of"}, {}},
      {"noun_of_other_en", "A meeting of the Gulf Cooperation Council ended without a deal on Sudan.", {},
       {"GCC meet SDN", "SDN meet GCC"}},
      {"noun_by_after_en", "The crisis eased after a visit to Cairo by Haftar.", {"HAFTAR visit EGY @noun_by_after_en"}, {}},
      {"noun_by_en", "The crisis eased after a visit by Haftar to Cairo.", {"HAFTAR visit EGY @noun_by_en"}, {}},
      {"noun_possessor_hostile", "Sudan's attack on the RSF failed.", {"SDN attack RSF @noun_possessor_hostile"}, {}},
      // (Not an actor far after it, in another phrase.)
      {"noun_possessor_hostile", "Egypt agreed to let the Saudi-led coalition fighting the militants use its bases after a call between Sisi and Berri.",
       {}, {"COALITION clash SISI", "COALITION clash BERRI"}},
      {"noun_possessor", "Egypt's talks with Sudan went well.", {"EGY meet SDN @noun_possessor"}, {}},
      {"noun_possessor_support", "Egypt's support for the RSF worried Sudan.", {"EGY support RSF @noun_possessor_support"}, {}},
      {"noun_clause_subject_support", "Egypt has long offered military support for the Sudanese army.",
       {"EGY support SAF @noun_clause_subject_support"}, {}},
      // "negotiations on independence for Namibia": a meeting's "for" names
      // no party.
      {"noun_clause_subject", "Sisi accused Haftar of stalling the negotiations on peace for Libya.", {},
       {"LBY meet SISI"}},
      {"standing_determiner_en", "Haftar's visit came as Russia kept helping its ally, Abdel Fattah el-Sisi, in Libya.",
       {"RUS close_ties SISI @standing_determiner_en"}, {"HAFTAR close_ties SISI"}},
      {"others_act_en", "Sisi criticised Western sanctions on Sudan, saying they hurt its people.", {},
       {"SISI sanction SDN", "EGY sanction SDN"}},
      {"standing_noun_object_en", "Egypt is a close ally of Saudi Arabia.", {"EGY close_ties SAU @standing_noun_object_en"},
       {}},
      {"standing_noun_far_en", "Sisi promised Gulf Arab allies that he would oppose any deal with Iran.", {},
       {"SISI close_ties IRN", "EGY close_ties IRN"}},
      {"apposition_own_standing_en", "Russia hoped to draw Haftar away from Egypt, its regional rival, this year.",
       {"EGY rivalry RUS @apposition_own_standing_en"}, {"EGY rivalry HAFTAR", "HAFTAR rivalry RUS"}},
      {"noun_clause_fighting_unnamed_en", "Haftar and Sisi reached an agreement aimed at ending fighting in Sudan.",
       {}, {"HAFTAR clash SISI"}},
      {"noun_at_gathering_en", "The leaders of Egypt, Jordan and Saudi Arabia signed a charter at a summit in Benghazi.",
       {"EGY sign_agreement JOR @svo_en"}, {"EGY meet JOR", "EGY meet SAU"}},
      {"noun_clause_subject", "Egypt and Jordan agreed at a meeting in Benghazi to reopen the crossing.",
       {"EGY meet JOR @noun_clause_subject"}, {}},
      {"noun_at_gathering_with_en", "Egypt and Jordan signed the charter at a summit with Pakistan in Benghazi.",
       {"EGY meet PAK @noun_at_gathering_with_en", "JOR meet PAK @noun_at_gathering_with_en"}, {"EGY meet JOR"}},
      {"noun_clause_subject_hostile", "The Sudanese army later launched an assault on the RSF.",
       {"SAF attack RSF @noun_clause_subject_hostile"}, {}},
      {"noun_clause_subject", "Haftar visited Moscow to hold talks with Putin.",
       {"HAFTAR meet PUTIN @noun_clause_subject"}, {}},
      // The default: the subject before the cue.
      {"supply_en", "The UAE sent weapons to the RSF.", {"ARE supply_arms RSF @supply_en"}, {}},
      {"supply_with_en", "Haftar supports the RSF with fuel and weapons.", {"HAFTAR supply_arms RSF @supply_with_en"},
       {}},
      {"svo_supply", "الإمارات، وفق تقرير أممي، أرسلت الأسلحة إلى قوات الدعم السريع.",
       {"ARE supply_arms RSF @svo_supply"}, {}},
      {"host_offices_named_en", "Putin hosted his Egyptian and Pakistani counterparts, Abdel Fattah el-Sisi and Shehbaz Sharif, in Moscow.",
       {"PUTIN meet SISI @host_offices_named_en", "PUTIN meet SHEHBAZ_SHARIF @host_offices_named_en"}, {"EGY meet PUTIN"}},
      {"host_forces_en", "Egypt hosts the Sudanese Armed Forces near its border.", {}, {"EGY host SAF", "SAF visit EGY", "EGY meet SAF"}},
      {"host_en", "Sisi welcomed Haftar in Cairo.", {"HAFTAR meet SISI @host_en"}, {}},
      {"svo_en", "Turkey accused Egypt of meddling.", {"TUR accuse EGY @svo_en"}, {}},
      // The list after "between" is the noun's, every member of it: none is
      // an object of the verbs before.
      {"svo_en", "Egypt and Qatar signed a declaration backing the truce between the RSF and the SAF, at a summit.",
       {"EGY sign_agreement QAT @svo_en"}, {"EGY sign_agreement SAF", "QAT support SAF", "EGY support SAF"}},
      // ", and the UN said": an actor that says something opens a clause.
      {"svo_en", "Haftar and Sisi signed twenty agreements, and the UN said deals worth two billion dollars were agreed.",
       {"HAFTAR sign_agreement SISI @svo_en"}, {"HAFTAR sign_agreement UN", "SISI sign_agreement UN"}},
      // ... but for one in apposition after it.
      {"svo_near", "ويأتي ذلك في ظل تقارب بين مصر والسعودية، الداعم الرئيسي للجيش الوطني الليبي، منذ سنوات.",
       {"SAU support LBY_LNA @svo_near"}, {"EGY support LBY_LNA"}},
      {"svo_sym", "باكستان ترتبط بعلاقات وثيقة مع السعودية.", {"PAK close_ties SAU @svo_sym"}, {}},
      {"relational_genitive", "مصر، حسب مصادر دبلوماسية، حليف السعودية.", {"EGY close_ties SAU @relational_genitive"},
       {}},
      {"genitive_sym_list", "وتتعزز شراكة مصر والسعودية.", {"EGY close_ties SAU @genitive_sym_list"}, {}},
      {"svo_sym_pair_governed", "قالت مصادر إن مصر والأردن تشارك في التحالف.", {}, {"EGY close_ties JOR"}},
      {"svo_sym_pair_purpose", "تتوسط قطر ومصر منذ أشهر للتوصل إلى اتفاق.", {}, {"EGY sign_agreement QAT"}},
      {"svo_sym_pair", "مصر والسعودية، حسب مصادر دبلوماسية، حلفاء.", {"EGY close_ties SAU @svo_sym_pair"}, {}},
      {"svo", "مصر، في بيان رسمي، تدعم بقوة الجيش السوداني.", {"EGY support SAF @svo"}, {}},
      {"svo_prep", "السيسي، خلال زيارته الأخيرة، التقى بحفتر.", {"HAFTAR meet SISI @svo_prep"}, {}},
      {"svo_host", "السيسي، في قصر الاتحادية، استقبل حفتر.", {"HAFTAR meet SISI @svo_host"}, {}},
      {"noun_purpose_attack", "دعت مصر إلى وقف فوري للقصف الإسرائيلي على لبنان.",
       {"ISR attack LBN @noun_purpose_attack"}, {"EGY attack LBN"}},
      {"noun_purpose_attack_other", "وطالبت قطر بوقف فوري للعدوان الإماراتي.", {}, {"QAT attack ARE"}},
      {"support_possessor_en", "Egypt sent fuel to the east in support of Haftar's campaign.",
       {"EGY support HAFTAR @support_possessor_en"}, {}},
      {"apposition_demonym_en", "Jordan, a close U.S. ally, sent aid to Port Sudan.", {"JOR close_ties USA @apposition_demonym_en"},
       {"JOR close_ties SDN"}},
      {"apposition_possessor_en", "Egypt, Sudan's closest ally, sent aid to Port Sudan.",
       {"EGY close_ties SDN @apposition_possessor_en"}, {}},
      {"apposition_possessor_en", "The envoy flew in from Egypt, the Sudanese army's main backer.",
       {"EGY support SAF @apposition_possessor_en"}, {}},
      {"apposition_possessor_en", "The UAE, the Rapid Support Forces' main backer, denied it.",
       {"ARE support RSF @apposition_possessor_en"}, {}},
      {"apposition_possessor_en", "Russia, long Haftar's main foreign backer, sent more fighters.",
       {"RUS support HAFTAR @apposition_possessor_en"}, {}},
      {"sym_hostile_object_en", "The Sudanese army has been fighting the RSF since April.",
       {"RSF clash SAF @sym_hostile_object_en"}, {}},
      {"double_object_first_ar", "حمّل الجيش السوداني قوات الدعم السريع المسؤولية عن الهجوم.",
       {"SAF accuse RSF @double_object_first_ar"}, {"RSF accuse SAF"}},
      {"passive_first_ar", "وتلقى حفتر اتصالا هاتفيا من السيسي مساء الأحد.", {"HAFTAR meet SISI @passive_first_ar"}, {}},
      {"passive_first_genitive_ar", "ويحظى الجيش السوداني بدعم مصر والسعودية منذ بداية الحرب.",
       {"SAU support SAF @passive_first_genitive_ar", "EGY support SAF @passive_first_genitive_ar"}, {"SAF support EGY"}},
      {"support_deed_author_ar", "وأكد السيسي دعم بلاده للمبادرة التي طرحتها السعودية لوقف الحرب.",
       {"EGY support SAU @support_deed_author_ar"}, {}},
      {"support_deed_author_before_ar", "وجددت قطر دعمها للمبادرة التي قدمها المغرب.",
       {"QAT support MAR @support_deed_author_before_ar"}, {}},
      {"attack_author_possessive_en", "Egypt condemned the RSF's attack on El Fasher and Sudan's army.",
       {"EGY condemn RSF @svo_en", "RSF attack SAF @attack_author_possessive_en"}, {}},
      {"passive_subject_of_other_en", "The RSF attacked villages backed by Sudan's army.", {}, {"SAF support RSF"}},
      {"host_venue_en", "Chad hosts the headquarters of France's Sahel force.", {}, {"FRA meet TCD", "FRA visit TCD"}},
      {"host_possessed_en", "Sisi, in Moscow for the summit, welcomed Russia's backing.", {},
       {"SISI host RUS", "RUS visit EGY", "SISI meet RUS"}},
      {"host_possessed_en", "Haftar welcomed Egypt's \"wish to help\".", {}, {"HAFTAR host EGY", "EGY visit LBY"}},
      {"host_en", "Sisi received Libya's Haftar in Cairo.", {"SISI host HAFTAR @host_en"}, {}},
      {"svo_list_sym", "وكانت مصر والأردن والعراق قد وقعت في العام الماضي مذكرة لإنشاء منطقة صناعية.",
       {"EGY sign_agreement JOR @svo_list_sym", "EGY sign_agreement IRQ @svo_list_sym",
        "IRQ sign_agreement JOR @svo_list_sym"}, {}},
      {"mediates_between_first", "ونجحت الوساطة المصرية في إنهاء الخلاف بين حفتر والبرهان.",
       {"EGY mediate HAFTAR @mediates_between_first", "EGY mediate BURHAN @mediates_between_first"}, {}},
      {"reported_subject_en", "Sisi said the strikes had killed several RSF commanders.", {}, {"SISI attack RSF"}},
      {"sides_alone", "Bilateral trade has doubled since 2020, Egypt's minister told Putin.",
       {"EGY economic_cooperation RUS @sides_alone"}, {}},
      {"sides_alone", "وأكد السيسي لبوتين أن التعاون العسكري يشهد تطورا كبيرا.",
       {"EGY security_cooperation RUS @sides_alone"}, {}},
      // (The cue's clause counts: the sentence may name more.)
      {"sides_alone", "Bilateral trade doubled, Egypt's minister told Putin, while Burhan stayed away.",
       {"EGY economic_cooperation RUS @sides_alone"}, {}},
      // (A third actor leaves the pair unknown; a capital is a place.)
      {"sides_alone", "Bilateral trade has doubled since 2020, Egypt's minister told Putin and Burhan.", {},
       {"EGY economic_cooperation RUS", "EGY economic_cooperation SDN"}},
      {"sides_alone", "Bilateral trade has doubled since 2020, Egypt's minister said in Moscow.", {},
       {"EGY economic_cooperation RUS"}},
  };
  return rows;
}

TEST_CASE("constructions: each row decides a sentence of its own") {
  for (const Row& row : Rows()) {
    std::vector<std::string> got = DumpWithConstructions(row.text);
    const std::string construction = row.construction, text = row.text;
    CAPTURE(construction);
    CAPTURE(text);
    INFO("got:", Join(got));
    for (const std::string& w : row.want) CHECK_MESSAGE(Has(got, w), "missing: " << w);
    for (const std::string& w : row.not_want) {
      // (A triple whatever found it: a construction named here would make
      // the check one that cannot fail.)
      CHECK_MESSAGE(w.find(" @") == std::string::npos, "unwanted names a construction: " << w);
      CHECK_MESSAGE(!HasTriple(got, w), "unwanted: " << w);
    }
  }
}

TEST_CASE("constructions: every row of the shipped file has a test sentence") {
  std::set<std::string> tested;
  for (const Row& row : Rows()) {
    // A row counts as tested when a sentence shows its effect: a triple it
    // gave, or (for limits and stops) one it kept out.
    if (!row.want.empty() || !row.not_want.empty()) tested.insert(row.construction);
  }
  for (const Construction& c : TestKnowledge().grammar.constructions.all()) {
    CAPTURE(c.name);
    CHECK_MESSAGE(tested.count(c.name), "construction " << c.name << " (line " << c.line << ") has no test sentence");
  }
}

TEST_CASE("constructions: bad rows are reported with their line and skipped") {
  struct Bad {
    const char* row;
    const char* message;
  };
  const Bad bad[] = {
      {"x\tfr\tverb\tS CUE O\tpair", "lang must be"},
      {"x\tar\tverbs\tS CUE O\tpair", "unknown frame 'verbs'"},
      {"x\tar\tverb\tS O\tpair", "exactly one CUE"},
      {"x\tar\tverb\tS CUE CUE O\tpair", "exactly one CUE"},
      {"x\tar\tverb\tS CUE\tpair", "'pair' needs an O"},
      {"x\tar\tverb\tS CUE O\tlink", "unknown action 'link'"},
      {"x\tar\tverb\t~ S CUE O\tpair", "a gap stands between two elements"},
      {"x\tar\tverb\tS[prep=beside] CUE O\tpair", "unknown preposition 'beside'"},
      {"x\ten\tnoun\tS[list=1] CUE O\tpair", "list= wants a count from 2 to 9"},
      {"x\tar\tverb\tS[kind=tribe] CUE O\tpair", "unknown actor kind 'tribe'"},
      {"x\tar\tverb\tS CUE[relation=loves] O\tpair", "unknown relation 'loves'"},
      {"x\tar\tverb\tS CUE[clitic=sin] O\tpair", "unknown clitic 'sin'"},
      {"x\tar\tverb\tS CUE[word=verbs] O\tpair", "unknown word class 'verbs'"},
      {"x\tar\tverb\tS CUE[word!=during] O\tpair", "'word' cannot be negated"},
      {"x\tar\tverb\tS @prepositions CUE O\tpair", "unknown word class 'prepositions'"},
      {"x\tar\tverb\tS ~x CUE O\tpair", "bad gap '~x'"},
      {"x\tar\tverb\tS CUE{1,2} O\tpair", "only words and literals repeat"},
      {"x\tar\tverb\tS CUE? O\tpair", "CUE cannot be optional"},
      {"x\tar\tverb\tX CUE O\tpair", "unknown element 'X'"},
      {"x\tar\tverb\tS[far CUE O\tpair", "unclosed ["},
      {"x\tar\tverb\tCUE O\tlimit", "'limit' takes no S or O"},
      {"x\tar\tverb\tS CUE O\tplace", "'place' needs an S and no O"},
      {"x\tar\tverb\tS CUE O\tpronoun", "'pronoun' needs an S and no O"},
      {"x\tar\tverb\tCUE\tpronoun", "'pronoun' needs an S and no O"},
      {"x\tar\tsym\tS CUE O\tsides", "'sides' takes no O and at most one S"},
  };
  for (const Bad& b : bad) {
    const std::string row = b.row;
    CAPTURE(row);
    Constructions c;
    std::vector<Status> problems;
    c.Add(std::string("name\tlang\tframes\tpattern\taction\n") + b.row + "\n", "constructions.tsv", &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line() == 2);
    CHECK_MESSAGE(problems[0].message().find(b.message) != std::string::npos, problems[0].message());
    CHECK(c.size() == 0);
  }
  // Two rows of one name: the second is reported.
  Constructions c;
  std::vector<Status> problems;
  c.Add("name\tlang\tframes\tpattern\taction\nx\tar\tverb\tS CUE O\tpair\nx\ten\tverb\tS CUE O\tpair\n",
        "constructions.tsv", &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message().find("name used before, at line 2") != std::string::npos);
  CHECK(c.size() == 1);
}

TEST_CASE("constructions: optional actors make the fuller form first") {
  Constructions c;
  std::vector<Status> problems;
  c.Add("name\tlang\tframes\tpattern\taction\nx\tar\tverb\tS? ~~ CUE ~ O\tpair\n", "constructions.tsv", &problems);
  REQUIRE(problems.empty());
  REQUIRE(c.size() == 1);
  const Construction& row = c.all()[0];
  REQUIRE(row.forms.size() == 2);
  CHECK(row.forms[0].elements.size() == 5);  // S ~~ CUE ~ O
  CHECK(row.forms[1].elements.size() == 3);  // CUE ~ O: S and its gap left out
  CHECK(row.forms[1].cue == 0);
}

}  // namespace
}  // namespace tahaluf::testing
