#pragma once

// Import files for tst_importparser (no Q_OBJECT here: moc stays out).

#include <QByteArray>

namespace Fixtures {

inline const QByteArray pem = "-----BEGIN PRIVATE KEY-----\n"
                              "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n"
                              "made+up+not+a+real+key+only+test+bytes==\n"
                              "-----END PRIVATE KEY-----";

inline const QByteArray env = "# Payments\n"
                              "\n"
                              "STRIPE_KEY=sk_test_made_up\n"
                              "export EXPORTED = spaced value   \n"
                              "SINGLE='$HOME \\n literal'\n"
                              "DOUBLE=\"tab\\there \\\"quoted\\\" back\\\\slash\\nnew\"\n"
                              "HASH=abc#def # a comment\n"
                              "QUOTED_HASH=\"a # not a comment\" # a comment\n"
                              "TLS_KEY=\"-----BEGIN PRIVATE KEY-----\n"
                              "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n"
                              "made+up+not+a+real+key+only+test+bytes==\n"
                              "-----END PRIVATE KEY-----\"\n"
                              "postgres/password=pg-made-up\n"
                              "   # indented comment\n"
                              "AFTER_PEM=last\n";

// QByteArrayLiteral: line 6 holds a NUL byte.
inline const QByteArray envInvalid =
    QByteArrayLiteral("EMPTY=\n"                   // 1 min_length
                      "no equals sign here\n"      // 2 syntax
                      "BAD KEY=x\n"                // 3 syntax
                      "LATIN1=caf\xe9\n"           // 4 utf8
                      "TRAILING=\"x\" y\n"         // 5 syntax
                      "NUL=a\0b\n"                 // 6 no_nul
                      "=no key\n"                  // 7 min_length (key)
                      "DUP=one\n"                  // 8 duplicate
                      "OK=fine\n"                  // 9 valid
                      "DUP=two\n"                  // 10 duplicate
                      "OPEN=\"never closed\n"      // 11 syntax
                      "SWALLOWED=by the quote\n"); // (inside the quote)

inline const QByteArray json =
    "{\n"
    "  \"STRIPE_KEY\": \"sk_test_made_up\",\n"
    "  \"escapes\": \"line\\nbreak \\\"q\\\" \\u00e9 \\ud83d\\ude00 \\/\",\n"
    "  \"tls\": \"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE "
    "KEY-----\",\n"
    "  \"port\": 5432,\n"
    "  \"enabled\": true,\n"
    "  \"nothing\": null,\n"
    "  \"nested\": {\"a\": \"b\", \"c\": [1, \"}\"]},\n"
    "  \"list\": [\"x\"],\n"
    "  \"nul\": \"a\\u0000b\",\n"
    "  \"lone\": \"\\ud800\",\n"
    "  \"raw\": \"caf\xe9\",\n"
    "  \"empty\": \"\",\n"
    "  \"twice\": \"1\",\n"
    "  \"twice\": \"2\"\n"
    "}\n";

inline const QByteArray yaml = "# secrets\n"
                               "STRIPE_KEY: sk_test_made_up\n"
                               "quoted: \"123\"\n"
                               "single: 'yes'\n"
                               "tls: |\n"
                               "  -----BEGIN PRIVATE KEY-----\n"
                               "  MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n"
                               "  made+up+not+a+real+key+only+test+bytes==\n"
                               "  -----END PRIVATE KEY-----\n"
                               "port: 5432\n"
                               "ratio: 1.5e3\n"
                               "enabled: yes\n"
                               "off_switch: false\n"
                               "nothing:\n"
                               "tilde: ~\n"
                               "nested:\n"
                               "  a: b\n"
                               "list:\n"
                               "  - x\n"
                               "raw: caf\xe9\n"
                               "url: https://example.com:8443/x?y=1\n"
                               "twice: a\n"
                               "twice: b\n";

} // namespace Fixtures
