/*
 * sqlexec: runs SQL on a store, for the TUI tests that must put into it
 * what the loader would refuse (a title holding an escape sequence) or
 * read what no command prints. Prints each row's columns joined by '|'.
 *
 *   cc -o sqlexec sqlexec.c -lsqlite3
 *   sqlexec DB SQL
 */
#include <sqlite3.h>
#include <stdio.h>

static int row(void *ctx, int n, char **values, char **names)
{
	(void)ctx;
	(void)names;
	for (int i = 0; i < n; i++)
		printf("%s%s", i ? "|" : "", values[i] ? values[i] : "NULL");
	putchar('\n');
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: sqlexec DB SQL\n", stderr);
		return 2;
	}
	sqlite3 *db;
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		fprintf(stderr, "sqlexec: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	sqlite3_busy_timeout(db, 5000);
	char *err = NULL;
	if (sqlite3_exec(db, argv[2], row, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "sqlexec: %s\n", err);
		sqlite3_free(err);
		sqlite3_close(db);
		return 1;
	}
	sqlite3_close(db);
	return 0;
}
