/*
 * yamlscan: libyaml's bare event loop over a file, the floor against which
 * `stride lint` is measured.
 *
 *   yamlscan FILE
 *
 * Reads the whole file into memory (as stride's loader does), parses it
 * with yaml_parser_parse() until the end of the stream, deleting each
 * event, and prints the number of events so that the work cannot be
 * optimised away. Nothing else: no tree, no checks. Exit status 0 on
 * success, 1 when the file cannot be read or is not YAML.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* Reads the file at path whole; NULL with errno set on failure. The
 * caller frees the result. */
static unsigned char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	unsigned char *buf = malloc(cap);
	while (buf) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		unsigned char *grown = realloc(buf, cap * 2);
		if (!grown) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = grown;
		cap *= 2;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: yamlscan FILE\n");
		return 2;
	}
	size_t len = 0;
	unsigned char *buf = read_file(argv[1], &len);
	if (!buf) {
		perror(argv[1]);
		return 1;
	}

	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser)) {
		fprintf(stderr, "yamlscan: cannot initialise libyaml\n");
		return 1;
	}
	yaml_parser_set_input_string(&parser, buf, len);
	unsigned long events = 0;
	int ok = 1;
	for (;;) {
		yaml_event_t event;
		if (!yaml_parser_parse(&parser, &event)) {
			fprintf(stderr, "%s:%zu:%zu: %s\n", argv[1],
				parser.problem_mark.line + 1,
				parser.problem_mark.column + 1,
				parser.problem ? parser.problem : "YAML error");
			ok = 0;
			break;
		}
		events++;
		int done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
		if (done)
			break;
	}
	yaml_parser_delete(&parser);
	free(buf);
	printf("%lu events\n", events);
	return ok ? 0 : 1;
}
