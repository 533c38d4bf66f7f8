/*
 * md2yaml: practice that repeats, read from a task's own words (issue 16):
 * "every day", "3-4 problems per week", "Mon-Sat", "every Friday", with
 * "30 minutes" beside them, become the task's `every:` and `minutes:`.
 * Only forms that say how often beyond doubt: "daily" alone counts only
 * where it leads the text or stands in parentheses ("Designing for daily
 * active users" is no habit), a number of times needs "per week", "a
 * week" or "/week" right after it, and a weekday needs "every", "each" or
 * "on ...s". A range takes its lower end ("3-4 per week": 3/week).
 */
#include "internal.h"

#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const days[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

/* A weekday's index from a word that starts with its first three letters
 * and is a weekday's name or abbreviation ("Fri", "Friday", "Fridays"), or
 * -1. */
static int weekday_of(const char *w, size_t n)
{
	static const char *const full[7] = { "monday", "tuesday", "wednesday", "thursday",
					     "friday", "saturday", "sunday" };
	for (int d = 0; d < 7; d++) {
		size_t fl = strlen(full[d]);
		if ((n == 3 || n == fl || (n == fl + 1 && w[fl] == 's')) &&
		    !strncmp(w, full[d], n < fl ? n : fl))
			return d;
	}
	return -1;
}

/* How many letters start at p. */
static size_t alpha_run(const char *p)
{
	size_t n = 0;
	while (isalpha((unsigned char)p[n]))
		n++;
	return n;
}

static const char *const numbers[] = { "one", "two", "three", "four", "five", "six", "seven" };

/* A count of 1 to 7 from digits or a word, else 0. */
static int count_of(const char *w, size_t n)
{
	if (n == 1 && w[0] >= '1' && w[0] <= '7')
		return w[0] - '0';
	for (int i = 0; i < 7; i++)
		if (n == strlen(numbers[i]) && !strncmp(w, numbers[i], n))
			return i + 1;
	if (!strncmp(w, "once", n) && n == 4)
		return 1;
	if (!strncmp(w, "twice", n) && n == 5)
		return 2;
	return 0;
}

/* Runs pattern (extended, on the lowercased text) and gives its groups.
 * Each pattern is compiled once, the first time (a draft may have 100,000
 * tasks), and kept: they are few and fixed. */
#define PATTERNS 16
static bool match(const char *pattern, const char *text, regmatch_t *m, size_t nm)
{
	static struct {
		const char *pattern;
		regex_t re;
		bool ok;
	} cache[PATTERNS];
	size_t i = 0;
	while (i < PATTERNS && cache[i].pattern && cache[i].pattern != pattern)
		i++;
	if (i == PATTERNS)
		return false;
	if (!cache[i].pattern) {
		cache[i].pattern = pattern;
		cache[i].ok = regcomp(&cache[i].re, pattern, REG_EXTENDED) == 0;
	}
	return cache[i].ok && regexec(&cache[i].re, text, nm, m, 0) == 0;
}

/* Whether the text names anything a habit is said with: most tasks do
 * not, and skip the patterns. */
static bool may_recur(const char *t)
{
	static const char *const words[] = { "week", "day", "daily", "mon", "tue", "wed",
					     "thu", "fri", "sat", "sun" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strstr(t, words[i]))
			return true;
	return false;
}

#define WORD_START "(^|[^a-z0-9])"
#define DAY "(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*"

bool md2yaml_habit(const char *text, char *every, size_t n, int *minutes)
{
	size_t len = strlen(text);
	char *t = malloc(len + 1);
	if (!t)
		return false;
	for (size_t i = 0; i <= len; i++)
		t[i] = (char)tolower((unsigned char)text[i]);
	/* the dashes of ranges as '-' */
	for (char *p = t; (p = strstr(p, "\xe2\x80")) != NULL;)
		if (p[2] == '\x93' || p[2] == '\x92' || p[2] == '\x94') {
			memmove(p + 1, p + 3, strlen(p + 3) + 1);
			*p = '-';
		} else {
			p += 2;
		}
	regmatch_t m[8];
	bool found = false;
	*every = '\0';
	*minutes = 0;
	if (!may_recur(t)) {
		free(t);
		return false;
	}
	/* N (or N-M) times, problems, sessions... per week */
	if (match(WORD_START "([1-7]|one|two|three|four|five|six|seven|once|twice)"
			     "( *(-|to) *[1-9])? *([a-z]+ *){0,2}(per|a|each|every|/) *week([^a-z]|$)",
		  t, m, 8)) {
		int c = count_of(t + m[2].rm_so, (size_t)(m[2].rm_eo - m[2].rm_so));
		if (c) {
			snprintf(every, n, "%d/week", c);
			found = true;
		}
	}
	/* a range of weekdays, or the weekdays, or the weekend */
	if (!found && match(WORD_START DAY " *(-|to|through|thru) *" DAY "([^a-z]|$)", t, m, 8)) {
		int a = weekday_of(t + m[2].rm_so, alpha_run(t + m[2].rm_so));
		int b = weekday_of(t + m[4].rm_so, alpha_run(t + m[4].rm_so));
		if (a >= 0 && b > a && b - a < 6) {
			size_t o = (size_t)snprintf(every, n, "[");
			for (int d = a; d <= b && o < n; d++)
				o += (size_t)snprintf(every + o, n - o, "%s%s", d > a ? ", " : "", days[d]);
			if (o < n)
				snprintf(every + o, n - o, "]");
			found = true;
		} else if (a == 0 && b == 6) {
			snprintf(every, n, "day");
			found = true;
		}
	}
	if (!found && match(WORD_START "(every|each|on) +weekdays?([^a-z]|$)", t, m, 8)) {
		snprintf(every, n, "[mon, tue, wed, thu, fri]");
		found = true;
	}
	if (!found && match(WORD_START "(every|each|on) +(the +)?weekends?([^a-z]|$)", t, m, 8)) {
		snprintf(every, n, "[sat, sun]");
		found = true;
	}
	/* every Friday, each Monday and Thursday, on Saturdays */
	if (!found && match(WORD_START "(every|each) +" DAY "(( *,| *and| *&| */) *" DAY ")*", t, m, 8)) {
		size_t o = 0;
		int seen = 0;
		const char *p = t + m[2].rm_eo;
		const char *stop = t + m[0].rm_eo;
		while (p < stop) {
			while (p < stop && !isalpha((unsigned char)*p))
				p++;
			size_t wl = 0;
			while (p + wl < stop && isalpha((unsigned char)p[wl]))
				wl++;
			int d = weekday_of(p, wl);
			if (d >= 0 && !(seen & 1 << d)) {
				seen |= 1 << d;
			}
			p += wl;
		}
		int k = 0;
		for (int d = 0; d < 7; d++)
			k += (seen >> d) & 1;
		if (k == 1) {
			for (int d = 0; d < 7; d++)
				if (seen & 1 << d)
					snprintf(every, n, "%s", days[d]);
		} else if (k > 1) {
			o = (size_t)snprintf(every, n, "[");
			for (int d = 0; d < 7 && o < n; d++)
				if (seen & 1 << d)
					o += (size_t)snprintf(every + o, n - o, "%s%s", o > 1 ? ", " : "",
							      days[d]);
			if (o < n)
				snprintf(every + o, n - o, "]");
		}
		found = k > 0 && k < 7;
		if (k == 7)
			snprintf(every, n, "day"), found = true;
	}
	if (!found && match(WORD_START "on +" DAY "s([^a-z]|$)", t, m, 8)) {
		int d = weekday_of(t + m[2].rm_so, alpha_run(t + m[2].rm_so));
		if (d >= 0) {
			snprintf(every, n, "%s", days[d]);
			found = true;
		}
	}
	/* every day; daily where it leads or stands apart */
	if (!found && (match(WORD_START "(every|each) +(single +)?day([^a-z]|$)", t, m, 8) ||
		       match("^[^a-z0-9]*daily([^a-z]|$)", t, m, 8) ||
		       match("\\( *daily *\\)", t, m, 8) ||
		       match("[0-9] *(min|mins|minutes|h|hr|hrs|hours?) +(a|per|each) +day([^a-z]|$)",
			     t, m, 8))) {
		snprintf(every, n, "day");
		found = true;
	}
	*minutes = 0;
	if (found && match(WORD_START "([0-9]+([.,][0-9]+)?) *(h|hr|hrs|hours?|m|min|mins|minutes?)"
				      "([^a-z]|$)",
			   t, m, 8)) {
		double v = strtod(t + m[2].rm_so, NULL);
		const char *u = t + m[4].rm_so;
		int mins = (int)(*u == 'h' ? v * 60 + 0.5 : v + 0.5);
		if (mins >= 1 && mins <= 1440)
			*minutes = mins;
	}
	free(t);
	return found;
}
