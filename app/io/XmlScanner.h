#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

#include <utility>

namespace kamae {
namespace io {

// A pull scanner for the large parts of a workbook (the sheet, the shared
// strings). QXmlStreamReader reads about 30 MB/s; a 100,000-row sheet is
// about 90 MB of XML, so Excel-sized files took seconds. This reads the XML
// that spreadsheet programs write, UTF-8 only: elements (prefixes dropped
// from names), attributes, text with the five named and the numeric
// character references, CDATA, comments and processing instructions, line
// ends normalised as XML requires. Anything else (a DOCTYPE, an unknown
// entity, unbalanced tags) makes it stop with Invalid; the caller then asks
// QXmlStreamReader to describe the problem. Not a validating parser.
class XmlScanner
{
public:
    enum class Token
    {
        StartElement,
        EndElement,
        Text,
        End,
        Invalid
    };

    explicit XmlScanner(const QByteArray &xml);

    Token next();

    // Of the current start or end element, without a namespace prefix.
    QByteArrayView name() const { return m_name; }
    bool isStart(const char *localName) const
    {
        return m_token == Token::StartElement && m_name == localName;
    }
    bool isEnd(const char *localName) const
    {
        return m_token == Token::EndElement && m_name == localName;
    }
    // Raw value of an attribute of the current start element, looked up by
    // its name without prefix; character references are not decoded (the
    // attributes read this way are numbers, references and type codes).
    QByteArrayView attribute(const char *localName) const;

    // Of the current Text token.
    QString text();

    // After a start element: the text it contains (also that of its
    // children), leaving the scanner on its end element.
    QString readElementText();
    // After a start element: skips to its end element.
    void skipElement();

    bool failed() const { return m_token == Token::Invalid; }

private:
    Token fail();
    Token startTag();
    Token endTag();

    // A shared copy, not a view: the scanner may outlive the caller's array
    // (a temporary passed to the constructor), and copying is free.
    QByteArray m_xml;
    const char *m_p;
    const char *m_end;
    Token m_token = Token::Text;
    QByteArrayView m_name;
    QVarLengthArray<std::pair<QByteArrayView, QByteArrayView>, 8> m_attributes;
    QVector<QByteArrayView> m_open; // qualified names of the open elements
    bool m_selfClosing = false;
    QByteArrayView m_text;
    bool m_textIsCData = false;
};

} // namespace io
} // namespace kamae
