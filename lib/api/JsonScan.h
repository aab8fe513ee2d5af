#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Reads one member of a JSON document's top-level object without parsing the
// rest: strings (with their escapes), nested objects and arrays are stepped
// over byte by byte. A list answer's meta (where the next page starts) can so
// be read before its items are parsed (FetchAll's early cursor).
//
// Not a validator: the whole document is parsed afterwards all the same, and
// what this finds is only a hint to be checked against that parse.
namespace JsonScan {

// The bytes of the value of member `name` (matched byte for byte, so a key
// written with escapes is not found), or a null QByteArray when `json` is not
// an object, the member is absent or the scan hits something malformed before
// reaching it.
QByteArray topLevelMember(const QByteArray &json, QByteArrayView name);

// The same for the last member of the top-level object only, found from the
// end of `json`: its cost is the size of that member, not of the document
// (Konnect's list answers end with their meta). A null QByteArray when the last
// member is another one; of duplicated members this finds the last, as
// QJsonDocument keeps the last.
QByteArray lastTopLevelMember(const QByteArray &json, QByteArrayView name);

// The index of the first byte at or after `from` that is not JSON whitespace.
qsizetype skipSpace(const QByteArray &json, qsizetype from);

// Where the value starting at json[from] ends (the index after it), stepped over
// as above; -1 when it does not end or `from` is not the start of a value.
qsizetype valueEnd(const QByteArray &json, qsizetype from);

} // namespace JsonScan
