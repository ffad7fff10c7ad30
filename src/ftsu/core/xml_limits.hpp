#pragma once

// expat's parser, declared here so only the files that include expat.h see
// its header.
struct XML_ParserStruct;

namespace ftsu::core {

// Sets expat's own limits on entity expansion (its billion-laughs
// protection: amplification at most 100, from 1 MiB) on `parser`, where
// the expat linked has them (a build with DTD support); elsewhere there is
// nothing to set, and the reader refuses every DOCTYPE before any entity
// could be declared either way. CMake picks the file that defines it
// (xml_limits_dtd.cpp or xml_limits_none.cpp) by what expat provides.
void limit_entity_expansion(XML_ParserStruct* parser);

} // namespace ftsu::core
