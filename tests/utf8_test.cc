// UTF-8: the one decoder and encoder every stage uses.
#include <doctest/doctest.h>

#include <string>

#include "tahaluf/utf8.h"

namespace tahaluf {
namespace {

TEST_CASE("utf8: decoding, encoding, validation and Arabic letters") {
  CHECK(FindInvalidUtf8("plain") == std::string_view::npos);
  CHECK(FindInvalidUtf8("مصر \xEF\xBF\xBD ok") == std::string_view::npos);
  CHECK(FindInvalidUtf8("ab\xC3") == 2);
  CHECK(FindInvalidUtf8("a\x80") == 1);
  // Two-byte sequences (Arabic letters) are passed at once: an overlong
  // lead (C0, C1), a lead with no continuation, a lead cut at the end and a
  // surrogate are still caught, at their first byte.
  CHECK(FindInvalidUtf8("مصر\xC0\x80") == 6);
  CHECK(FindInvalidUtf8("\xC1\xBF") == 0);
  CHECK(FindInvalidUtf8("مص\xD8" "A") == 4);
  CHECK(FindInvalidUtf8("مصر\xD8") == 6);
  CHECK(FindInvalidUtf8("مصر \xED\xA0\x80") == 7);
  CHECK(FindInvalidUtf8("مصر\xDF\xBF ok") == std::string_view::npos);
  CHECK(CountCodePoints("مصر") == 3);
  CHECK(CountCodePoints("Egypt") == 5);
  std::string out;
  AppendUtf8(U'ع', &out);
  AppendUtf8(U'😀', &out);
  size_t i = 0;
  CHECK(DecodeUtf8(out, &i) == U'ع');
  CHECK(DecodeUtf8(out, &i) == U'😀');
  CHECK(i == out.size());
  CHECK(IsArabicLetter(U'ب'));
  CHECK_FALSE(IsArabicLetter(U'b'));
  CHECK_FALSE(IsArabicLetter(U'٣'));
}

}  // namespace
}  // namespace tahaluf
