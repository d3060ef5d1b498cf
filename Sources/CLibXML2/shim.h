#ifndef RELANCE_CLIBXML2_SHIM_H
#define RELANCE_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; a module importing both Foundation and libxml2 then fails in
// debug builds ('UErrorCode' has different definitions). We never use libxml2's ICU paths.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlreader.h>

// Swift 6 cannot call xmlFree directly: it is a mutable C global (a function pointer).
static inline void relance_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
