/*
 * md2yaml: Bytes to clean text before cmark-gfm reads them: no BOM, LF line ends,
 * invalid UTF-8 replaced, mojibake mended, control characters dropped; and
 * the decoration (emoji, marks) people put around titles.
 */
#include "internal.h"

#include "stride/calendar.h"
#include "stride/loader.h"
#include "stride/md2yaml.h"
#include "stride/plan.h"
#include "stride/strmap.h"
#include "stride/text.h"

static void buf_utf8(struct buf *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	buf_add(b, u, n);
}

/* ---- clean text ------------------------------------------------------------------ */

/* Mac Roman's upper half, as Unicode. */
static const uint16_t mac_roman[128] = {
	0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
	0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
	0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
	0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
	0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
	0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
	0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
	0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
	0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
	0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
	0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
	0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
	0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
	0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
	0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
	0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

/* Windows-1252's 0x80-0x9F (its undefined bytes pass through as the C1
 * code points); 0xA0-0xFF are Latin-1. */
static const uint16_t cp1252[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* The byte that code point cp was in encoding enc (0 Mac Roman, 1
 * Windows-1252), or -1 when it is no upper-half byte there. */
static int mojibake_byte(int enc, uint32_t cp)
{
	if (cp < 0x80)
		return -1;
	if (enc == 1) {
		if (cp >= 0xA0 && cp <= 0xFF)
			return (int)cp;
		for (int i = 0; i < 32; i++)
			if (cp1252[i] == cp)
				return 0x80 + i;
		return -1;
	}
	for (int i = 0; i < 128; i++)
		if (mac_roman[i] == cp)
			return 0x80 + i;
	return -1;
}

/* At s (n bytes left), the mojibake of one UTF-8 character in encoding
 * enc: returns the bytes it spans and puts the character's bytes in out
 * (*outn of them); 0 when there is none. */
static size_t mojibake_at(int enc, const char *s, size_t n, char out[4],
			  size_t *outn)
{
	uint32_t cp;
	size_t w = text_utf8_decode((const unsigned char *)s, n, &cp);
	if (!w)
		return 0;
	int b0 = mojibake_byte(enc, cp);
	if (b0 < 0xC2 || b0 > 0xF4)
		return 0;
	size_t need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
	unsigned char bytes[4] = { (unsigned char)b0 };
	size_t off = w;
	for (size_t k = 1; k <= need; k++) {
		if (off >= n)
			return 0;
		size_t wk = text_utf8_decode((const unsigned char *)s + off, n - off, &cp);
		int bk = wk ? mojibake_byte(enc, cp) : -1;
		if (bk < 0x80 || bk > 0xBF)
			return 0;
		bytes[k] = (unsigned char)bk;
		off += wk;
	}
	uint32_t real;
	if (text_utf8_decode(bytes, need + 1, &real) != need + 1)
		return 0;
	memcpy(out, bytes, need + 1);
	*outn = need + 1;
	return off;
}

size_t md2yaml_mend(char *s, size_t *len)
{
	/* which encoding, if any, made three- or four-byte mojibake */
	size_t evidence[2] = { 0, 0 };
	for (int enc = 0; enc < 2; enc++) {
		for (size_t i = 0; i < *len;) {
			char out[4];
			size_t outn, w;
			if ((unsigned char)s[i] >= 0xC2 &&
			    (w = mojibake_at(enc, s + i, *len - i, out, &outn))) {
				if (outn >= 3)
					evidence[enc]++;
				i += w;
			} else {
				i++;
			}
		}
	}
	int enc = evidence[1] > evidence[0] ? 1 : 0;
	if (!evidence[enc])
		return 0;
	size_t o = 0, mended = 0;
	for (size_t i = 0; i < *len;) {
		char out[4];
		size_t outn, w;
		if ((unsigned char)s[i] >= 0xC2 &&
		    (w = mojibake_at(enc, s + i, *len - i, out, &outn))) {
			memcpy(s + o, out, outn);
			o += outn;
			i += w;
			mended++;
		} else {
			s[o++] = s[i++];
		}
	}
	*len = o;
	s[o] = '\0';
	return mended;
}

/* The input as text stride can read: UTF-8 with LF line ends, no BOM, no
 * control characters but tab and newline. Returns NULL, with err set, for
 * input that is not text at all. */
char *clean_text(const char *in, size_t len, size_t *outlen,
			struct md2yaml_counts *c, char *err, size_t errlen)
{
	const unsigned char *s = (const unsigned char *)in;
	if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) ||
			 (s[0] == 0xFE && s[1] == 0xFF))) {
		snprintf(err, errlen, "it is UTF-16 text: save it as UTF-8 and "
				      "convert that");
		return NULL;
	}
	size_t i = 0;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;
	struct buf b = { 0 };
	buf_need(&b, len + 16);
	size_t nul = 0;
	while (i < len) {
		unsigned char ch = s[i];
		if (ch == '\r') {
			buf_ch(&b, '\n');
			i += i + 1 < len && s[i + 1] == '\n' ? 2 : 1;
			continue;
		}
		if (ch == 0) {
			nul++;
			c->controls++;
			i++;
			continue;
		}
		if (ch < 0x80) {
			buf_ch(&b, (char)ch);
			i++;
			continue;
		}
		uint32_t cp;
		size_t w = text_utf8_decode(s + i, len - i, &cp);
		if (!w) {
			c->bad_bytes++;
			buf_utf8(&b, 0xFFFD);
			i++;
			continue;
		}
		buf_add(&b, (const char *)s + i, w);
		i += w;
	}
	if (len >= 32 && (nul + c->bad_bytes) * 8 > len) {
		snprintf(err, errlen,
			 "it does not look like text (%zu of its %zu bytes are "
			 "not UTF-8): give a Markdown file",
			 nul + c->bad_bytes, len);
		free(b.p);
		return NULL;
	}
	if (!b.p)
		buf_need(&b, 1);
	c->mended = md2yaml_mend(b.p, &b.n);
	/* control characters: C0 but tab and newline, DEL, C1 */
	size_t o = 0;
	for (size_t k = 0; k < b.n;) {
		unsigned char ch = (unsigned char)b.p[k];
		if (ch < 0x80) {
			if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0x7F) {
				c->controls++;
				k++;
				continue;
			}
			b.p[o++] = b.p[k++];
			continue;
		}
		uint32_t cp;
		size_t w = text_utf8_decode((unsigned char *)b.p + k, b.n - k, &cp);
		if (w == 0)
			w = 1; /* cannot happen: the text is UTF-8 by now */
		if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
			b.p[o++] = ' '; /* a line separator inside a line */
			k += w;
			continue;
		}
		if (cp >= 0x80 && cp <= 0x9F) {
			c->controls++;
			k += w;
			continue;
		}
		memmove(b.p + o, b.p + k, w);
		o += w;
		k += w;
	}
	b.p[o] = '\0';
	*outlen = o;
	return b.p;
}


/* Symbols people put around titles: emoji, status marks (✅ ⏳ ❌), arrows,
 * dingbats, variation selectors, private-use characters. */
bool decoration(uint32_t cp)
{
	return (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF) ||
	       (cp >= 0x25A0 && cp <= 0x27BF) || (cp >= 0x2900 && cp <= 0x297F) ||
	       (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
	       (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D || cp == 0x20E3 ||
	       (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0x2705 || cp == 0x2714;
}

/* text without the decoration (and spaces) at either end; text itself
 * when nothing else would be left. */
const char *strip_decoration(struct arena *ar, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text), a = 0, e = n;
	while (a < n) {
		uint32_t cp;
		size_t w = text_utf8_decode(s + a, n - a, &cp);
		if (!w || !(cp == ' ' || decoration(cp)))
			break;
		a += w;
	}
	while (e > a) {
		size_t k = e - 1;
		while (k > a && (s[k] & 0xC0) == 0x80)
			k--;
		uint32_t cp;
		size_t w = text_utf8_decode(s + k, e - k, &cp);
		if (!w || w != e - k || !(cp == ' ' || decoration(cp)))
			break;
		e = k;
	}
	if (a == e)
		return text;
	if (a == 0 && e == n)
		return text;
	return arena_strndup(ar, text + a, e - a);
}

/* The text inside the first <tag ...> ... </tag> of an HTML block (or of
 * the whole block when tag is NULL): tags dropped, the common character
 * references decoded, white space folded; NULL when there is no such
 * element or it holds no text. An arena string. */
const char *html_text(struct arena *a, const char *html, const char *tag)
{
	const char *p = html, *end = html + strlen(html);
	if (tag) {
		size_t tl = strlen(tag);
		const char *open = NULL;
		for (const char *q = html; (q = strchr(q, '<')); q++) {
			size_t k = 0;
			while (k < tl && ascii_lower((unsigned char)q[1 + k]) == tag[k])
				k++;
			if (k == tl && (q[1 + k] == '>' || is_ws((unsigned char)q[1 + k]))) {
				open = q;
				break;
			}
		}
		if (!open || !(p = strchr(open, '>')))
			return NULL;
		p++;
		for (const char *q = p; (q = strchr(q, '<')); q++) {
			size_t k = 0;
			if (q[1] != '/')
				continue;
			while (k < tl && ascii_lower((unsigned char)q[2 + k]) == tag[k])
				k++;
			if (k == tl) {
				end = q;
				break;
			}
		}
	}
	static const struct {
		const char *name, *text;
	} refs[] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
		{ "&#39;", "'" }, { "&apos;", "'" }, { "&nbsp;", " " },
		{ "&ndash;", "–" }, { "&mdash;", "—" },
	};
	struct buf b = { 0 };
	buf_need(&b, 0);
	while (p < end) {
		if (*p == '<') {
			const char *gt = memchr(p, '>', (size_t)(end - p));
			if (!gt)
				break;
			buf_ch(&b, ' ');
			p = gt + 1;
			continue;
		}
		bool ref = false;
		if (*p == '&')
			for (size_t k = 0; k < ARRAY_SIZE(refs) && !ref; k++) {
				size_t l = strlen(refs[k].name);
				if ((size_t)(end - p) >= l && !strncmp(p, refs[k].name, l)) {
					buf_str(&b, refs[k].text);
					p += l;
					ref = true;
				}
			}
		if (!ref)
			buf_ch(&b, *p++);
	}
	const char *t = mdtree_fold(a, b.p, b.n);
	free(b.p);
	t = strip_decoration(a, t);
	return has_words(t) ? t : NULL;
}

/* The alt text of the first <img> of an HTML block ("LLM Course" of a
 * banner), NULL when none or it holds no words. An arena string. */
const char *html_img_alt(struct arena *a, const char *html)
{
	const char *img = html;
	while ((img = strchr(img, '<'))) {
		if ((img[1] == 'i' || img[1] == 'I') && (img[2] == 'm' || img[2] == 'M') &&
		    (img[3] == 'g' || img[3] == 'G'))
			break;
		img++;
	}
	if (!img)
		return NULL;
	const char *gt = strchr(img, '>');
	const char *alt = strstr(img, "alt=");
	if (!alt || (gt && alt > gt) || (alt[4] != '"' && alt[4] != '\''))
		return NULL;
	const char *e = strchr(alt + 5, alt[4]);
	if (!e)
		return NULL;
	const char *t = strip_decoration(a, mdtree_fold(a, alt + 5, (size_t)(e - alt - 5)));
	return has_words(t) ? t : NULL;
}
