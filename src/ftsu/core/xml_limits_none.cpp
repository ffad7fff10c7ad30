#include <ftsu/core/xml_limits.hpp>

namespace ftsu::core {

// An expat built without DTD support (the Windows cross-build,
// scripts/build-windows) has no billion-laughs limits to set; the reader
// refuses every DOCTYPE when it starts, so no entity is ever declared.
void
limit_entity_expansion(XML_ParserStruct* /*parser*/)
{
}

} // namespace ftsu::core
