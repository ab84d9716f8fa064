/*
 * lex_lit.h: literal decoding (lex_lit.c), apart from the scanner so that
 * the tree's constructors and the checker can decode literals without
 * depending on the lexer.  The scanner has already reported malformed
 * literals; these functions turn a well-formed literal's text into its value.
 */
#ifndef GOFRONT_LEX_LIT_H
#define GOFRONT_LEX_LIT_H

#include <stdbool.h>
#include <stdint.h>

/* A string literal ("..." or `...`) to its bytes (malloc'd, NUL-terminated,
 * *len excludes the NUL; may contain NULs).  False if malformed. */
bool lex_unquote(const char *lit, char **out, long *len);
/* A rune literal ('a', '\n', '\u00e9', '\377') to its value. */
bool lex_char_value(const char *lit, int32_t *r);
/* An integer literal (any base, underscores) to its value; false if it does
 * not fit in 128 bits (the checker then reports the overflow). */
bool lex_int_value(const char *lit, unsigned __int128 *v);
/* A floating-point literal (decimal or hex, underscores) to its value. */
bool lex_float_value(const char *lit, long double *f);
/* One UTF-8 sequence at p (before end): its length and *r, or 0 if invalid. */
int lex_utf8_decode(const unsigned char *p, const unsigned char *end, int32_t *r);
/* r's UTF-8 encoding into buf (4 bytes at most); returns the length. */
int lex_utf8_encode(char *buf, int32_t r);
/* The value of a hex digit, or 99. */
int lex_digit_value(int c);

#endif
