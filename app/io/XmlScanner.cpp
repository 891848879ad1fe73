#include "io/XmlScanner.h"

#include <algorithm>
#include <cstring>

namespace kamae {
namespace io {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView withoutPrefix(QByteArrayView qualified)
{
    for (qsizetype i = qualified.size() - 1; i >= 0; --i) {
        if (qualified[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

const char *find(const char *from, const char *end, const char *needle)
{
    const size_t length = std::strlen(needle);
    const char *found = std::search(from, end, needle, needle + length);
    return found == end ? nullptr : found;
}

bool startsWith(const char *p, const char *end, const char *prefix)
{
    const size_t length = std::strlen(prefix);
    return static_cast<size_t>(end - p) >= length && std::memcmp(p, prefix, length) == 0;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The character a reference between '&' and ';' stands for, or 0.
char32_t referenced(QByteArrayView entity)
{
    if (entity == "amp")
        return U'&';
    if (entity == "lt")
        return U'<';
    if (entity == "gt")
        return U'>';
    if (entity == "quot")
        return U'"';
    if (entity == "apos")
        return U'\'';
    if (entity.size() < 2 || entity[0] != '#')
        return 0;
    const bool hex = entity[1] == 'x';
    qsizetype i = hex ? 2 : 1;
    if (i == entity.size() || entity.size() > 10)
        return 0;
    char32_t code = 0;
    for (; i < entity.size(); ++i) {
        const char c = entity[i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        code = code * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    // XML 1.0 Char: no NUL, no surrogates, nothing above U+10FFFF.
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return code;
}

} // namespace

XmlScanner::XmlScanner(const QByteArray &xml)
    : m_xml(xml), m_p(m_xml.constData()), m_end(m_xml.constData() + m_xml.size())
{
    m_open.reserve(16);
}

XmlScanner::Token XmlScanner::fail()
{
    m_token = Token::Invalid;
    return m_token;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_token == Token::Invalid)
        return m_token;
    if (m_selfClosing) {
        m_selfClosing = false;
        m_open.removeLast();
        return m_token = Token::EndElement;
    }
    for (;;) {
        if (m_p >= m_end)
            return m_open.isEmpty() ? (m_token = Token::End) : fail();
        if (*m_p != '<') {
            const char *start = m_p;
            const void *next = std::memchr(m_p, '<', static_cast<size_t>(m_end - m_p));
            m_p = next ? static_cast<const char *>(next) : m_end;
            m_text = QByteArrayView(start, m_p - start);
            m_textIsCData = false;
            return m_token = Token::Text;
        }
        if (m_end - m_p < 2)
            return fail();
        const char c = m_p[1];
        if (c == '/')
            return endTag();
        if (c == '?') {
            const char *close = find(m_p + 2, m_end, "?>");
            if (!close)
                return fail();
            m_p = close + 2;
            continue;
        }
        if (c == '!') {
            if (startsWith(m_p, m_end, "<!--")) {
                const char *close = find(m_p + 4, m_end, "-->");
                if (!close)
                    return fail();
                m_p = close + 3;
                continue;
            }
            if (startsWith(m_p, m_end, "<![CDATA[")) {
                const char *start = m_p + 9;
                const char *close = find(start, m_end, "]]>");
                if (!close)
                    return fail();
                m_text = QByteArrayView(start, close - start);
                m_textIsCData = true;
                m_p = close + 3;
                return m_token = Token::Text;
            }
            // A DOCTYPE has no place in a workbook part, and refusing it
            // rules out entity expansion.
            return fail();
        }
        return startTag();
    }
}

XmlScanner::Token XmlScanner::startTag()
{
    const char *p = m_p + 1;
    const char *nameStart = p;
    while (p < m_end && !isSpace(*p) && *p != '>' && *p != '/')
        ++p;
    if (p == nameStart || p >= m_end)
        return fail();
    const QByteArrayView qualified(nameStart, p - nameStart);
    m_attributes.clear();
    for (;;) {
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end)
            return fail();
        if (*p == '>') {
            ++p;
            m_selfClosing = false;
            break;
        }
        if (*p == '/') {
            if (p + 1 >= m_end || p[1] != '>')
                return fail();
            p += 2;
            m_selfClosing = true;
            break;
        }
        const char *attributeStart = p;
        while (p < m_end && !isSpace(*p) && *p != '=' && *p != '>' && *p != '/')
            ++p;
        const QByteArrayView attributeName(attributeStart, p - attributeStart);
        while (p < m_end && isSpace(*p))
            ++p;
        if (attributeName.isEmpty() || p >= m_end || *p != '=')
            return fail();
        ++p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end || (*p != '"' && *p != '\''))
            return fail();
        const char quote = *p++;
        const void *close = std::memchr(p, quote, static_cast<size_t>(m_end - p));
        if (!close)
            return fail();
        const char *valueEnd = static_cast<const char *>(close);
        m_attributes.append({withoutPrefix(attributeName), QByteArrayView(p, valueEnd - p)});
        p = valueEnd + 1;
    }
    m_p = p;
    m_open.append(qualified);
    m_name = withoutPrefix(qualified);
    return m_token = Token::StartElement;
}

XmlScanner::Token XmlScanner::endTag()
{
    const char *p = m_p + 2;
    const char *nameStart = p;
    while (p < m_end && !isSpace(*p) && *p != '>')
        ++p;
    const QByteArrayView qualified(nameStart, p - nameStart);
    while (p < m_end && isSpace(*p))
        ++p;
    if (p >= m_end || *p != '>' || m_open.isEmpty() || m_open.last() != qualified)
        return fail();
    m_open.removeLast();
    m_p = p + 1;
    m_name = withoutPrefix(qualified);
    return m_token = Token::EndElement;
}

QByteArrayView XmlScanner::attribute(const char *localName) const
{
    for (const auto &[name, value] : m_attributes) {
        if (name == localName)
            return value;
    }
    return {};
}

QString XmlScanner::text()
{
    const QByteArrayView raw = m_text;
    const bool references =
        !m_textIsCData && std::memchr(raw.data(), '&', static_cast<size_t>(raw.size()));
    if (!references && !std::memchr(raw.data(), '\r', static_cast<size_t>(raw.size())))
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            // XML reads CRLF and a lone CR as LF; a CR that matters is
            // written as &#13; or _x000D_.
            out += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
        } else if (c == '&' && references) {
            qsizetype semicolon = i + 1;
            while (semicolon < raw.size() && raw[semicolon] != ';' && semicolon - i <= 12)
                ++semicolon;
            const char32_t code = semicolon < raw.size() && raw[semicolon] == ';'
                                      ? referenced(raw.sliced(i + 1, semicolon - i - 1))
                                      : 0;
            if (code == 0) {
                fail();
                return {};
            }
            appendUtf8(out, code);
            i = semicolon;
        } else {
            out += c;
        }
    }
    return QString::fromUtf8(out);
}

QString XmlScanner::readElementText()
{
    QString result;
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case Token::Text:
            result += text();
            break;
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::End:
            fail();
            return {};
        case Token::Invalid:
            return {};
        }
        if (failed())
            return {};
    }
    return result;
}

void XmlScanner::skipElement()
{
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Text:
            break;
        case Token::End:
            fail();
            return;
        case Token::Invalid:
            return;
        }
    }
}

} // namespace io
} // namespace kamae
