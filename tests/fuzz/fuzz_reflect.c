/*
 * libFuzzer target: the reflection parser (what `stride reflect --from`
 * and the editor's file go through) on any bytes (make fuzz-reflect).
 * Besides not crashing, what it accepts must be what the store keeps:
 * every answer text (text_valid) without the white space around it, every
 * rating 0 to 5; and what it refuses has an error with a line.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stride/reflect.h"
#include "stride/text.h"
#include "stride/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *prompt_text[] = { "What did I learn?", "What was hard?",
			       "Goals for next week" };
static const struct reflect_prompts prompts = { prompt_text, 3 };
static struct reflect_skill skill_list[] = {
	{ "node", "Node & TypeScript", 0, 0, 0 },
	{ "git", "git", 0, 0, 0 },
};
static const struct reflect_skills skills = { skill_list, 2 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xstrndup((const char *)data, size); /* as read: up to a NUL */
	struct diag_list d;
	diag_list_init(&d);
	struct reflect_input in;
	int rc = reflect_parse(text, &prompts, &skills, &in, &d);
	if (rc == 0) {
		for (size_t i = 0; i < in.n; i++) {
			const char *a = in.answers[i];
			if (!a)
				continue;
			size_t n = strlen(a);
			if (!n || !text_valid(a, n, NULL) || strchr(" \t\n", a[0]) ||
			    strchr(" \t\n", a[n - 1]))
				abort();
		}
		for (size_t i = 0; i < in.nratings; i++)
			if (in.ratings[i] < 0 || in.ratings[i] > 5)
				abort();
	} else if (!d.errors || !d.v[0].line) {
		abort();
	}
	reflect_input_done(&in);
	diag_list_done(&d);
	free(text);
	return 0;
}
