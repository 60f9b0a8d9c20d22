package dev.migrationstudio.core.sql.parse;

/**
 * One lexical token of a statement. {@code start}/{@code end} index the statement text, so readers can cut the
 * original source of an expression; {@code value} is the identifier as Postgres sees it (unquoted words folded to
 * lower case, quoted ones kept) or a string literal's content.
 */
record Token(Type type, String value, int start, int end) {

    enum Type {
        /** Unquoted word: keyword or identifier; value is lower case. */
        WORD,
        /** "Quoted" identifier; value is the name as written. */
        QUOTED_IDENTIFIER,
        /** 'string', E'string', U&'string' or $tag$string$tag$; value is the content. */
        STRING,
        NUMBER,
        /** $1 style parameter. */
        PARAMETER,
        /** One of ( ) [ ] , ; . or : that is not part of an operator. */
        PUNCTUATION,
        OPERATOR,
        END
    }

    boolean isWord(String lowerCaseWord) {
        return type == Type.WORD && value.equals(lowerCaseWord);
    }

    boolean isPunctuation(String symbol) {
        return type == Type.PUNCTUATION && value.equals(symbol);
    }

    boolean isIdentifier() {
        return type == Type.WORD || type == Type.QUOTED_IDENTIFIER;
    }
}
