#include <ftsu/core/xml_limits.hpp>

// expat declares its billion-laughs limits only for builds with DTD
// support, which CMake found this one to be (CMakeLists.txt,
// FTSU_EXPAT_HAS_DTD); the macro tells its header so, as its own config does.
#define XML_DTD 1 // NOLINT(cppcoreguidelines-macro-usage)
#include <expat.h>

namespace ftsu::core {

void
limit_entity_expansion(XML_ParserStruct* parser)
{
  XML_SetBillionLaughsAttackProtectionMaximumAmplification(parser, 100.0F);
  XML_SetBillionLaughsAttackProtectionActivationThreshold(parser, 1024ULL * 1024);
}

} // namespace ftsu::core
