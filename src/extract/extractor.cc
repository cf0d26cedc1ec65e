#include "tahaluf/extract.h"

#include "document.h"

namespace tahaluf {

Extractor::Extractor(const Lexicon& lexicon, const Grammar& grammar)
    : lexicon_(lexicon), grammar_(grammar), recognizer_(lexicon, grammar.words) {
  segmenter_.KeepAfter(grammar.words.Words(WordClass::kAbbreviation));
  for (const Title& t : lexicon.titles()) {
    const bool leading = !t.tokens.empty() && extract::IsLeadingPosition(t.position);
    const bool prefix = leading && t.tokens[0].ends_with('*');
    leading_title_.push_back(leading && !prefix);
    if (prefix) leading_prefix_titles_.push_back(&t);
  }
  for (const Role& r : lexicon.roles()) {
    if (extract::LeadsABody(r)) lead_state_roles_.push_back(&r);
    if (extract::BodyOfAnother(r)) body_roles_.push_back(&r);
  }
}

Extraction Extractor::Extract(const Document& doc) const {
  extract::DocumentExtraction run(lexicon_, grammar_, recognizer_, {leading_title_, leading_prefix_titles_, lead_state_roles_, body_roles_}, doc);
  const std::vector<SentenceSpan> spans = segmenter_.Sentences(doc.text, doc.body_begin);
  Extraction ex = run.Run(spans);
  ex.sentences = spans.size();
  return ex;
}

}  // namespace tahaluf
