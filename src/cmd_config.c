/* stride config: the effective settings and where each came from; --check
 * validates the file. */
#include "stride/calendar.h"
#include "stride/cli.h"
#include "stride/config.h"
#include "stride/export.h"
#include "stride/text.h"
#include "stride/ui.h"
#include "stride/util.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct config_origin dflt = { CONFIG_DEFAULT, 0, 0, NULL };

/* Where request i's keys came from: the file's binding, or the default. */
static const struct config_origin *keys_origin(const struct config *cfg, size_t i)
{
	for (size_t b = 0; b < cfg->nbindings; b++)
		if (cfg->bindings[b].request == i)
			return &cfg->bindings[b].at;
	return &dflt;
}

static int print_json(const struct config *cfg)
{
	struct export_config x = { .cfg = cfg };
	for (int e = 0; e < CONFIG_EL_COUNT; e++) {
		if (cfg->styles[e].set)
			x.styles[e] = cfg->styles[e];
		else
			ui_theme_style(cfg->theme, (enum config_element)e, &x.styles[e]);
	}
	x.requests = ui_request_names(&x.nrequests);
	char **keys = xcalloc(x.nrequests + 1, sizeof(*keys));
	struct config_origin *ats = xcalloc(x.nrequests + 1, sizeof(*ats));
	for (size_t i = 0; i < x.nrequests; i++) {
		char buf[256];
		ui_request_keys(i, buf, sizeof(buf));
		keys[i] = xstrdup(buf);
		ats[i] = *keys_origin(cfg, i);
	}
	x.keys = (const char *const *)keys;
	x.keys_at = ats;
	char *text = export_config_json(&x);
	text_fputs(text, stdout);
	free(text);
	for (size_t i = 0; i < x.nrequests; i++)
		free(keys[i]);
	free(keys);
	free(ats);
	return cli_flushed(cfg->bad ? CLI_DATA : CLI_OK);
}

static void row(const struct config *cfg, const char *name, const char *value,
		const struct config_origin *at)
{
	char from[600];
	text_printf(stdout, "%-20s %-22s %s\n", name, value,
		    config_origin_text(cfg, at, from, sizeof(from)));
}

static void print_settings(const struct config *cfg)
{
	char buf[256];
	row(cfg, "week-start", cfg->week_start ? "sunday" : "monday", &cfg->week_start_at);
	row(cfg, "plan", cfg->plan ? cfg->plan : "(the current plan)", &cfg->plan_at);
	row(cfg, "editor", cfg->editor, &cfg->editor_at);
	snprintf(buf, sizeof(buf), "%02d:%02d", cfg->calendar_time / 60,
		 cfg->calendar_time % 60);
	row(cfg, "calendar-time", buf, &cfg->calendar_time_at);
	row(cfg, "colors.theme", config_theme_name(cfg->theme), &cfg->theme_at);
	for (int e = 0; e < CONFIG_EL_COUNT; e++) {
		const struct config_style *st = &cfg->styles[e];
		char name[64];
		snprintf(name, sizeof(name), "colors.%s", config_element_name((enum config_element)e));
		if (st->set) {
			row(cfg, name, config_style_text(st, buf, sizeof(buf)), &st->at);
			continue;
		}
		/* the theme's, and where the theme came from */
		struct config_style theme;
		ui_theme_style(cfg->theme, (enum config_element)e, &theme);
		char from[600], value[300];
		config_origin_text(cfg, &cfg->theme_at, from, sizeof(from));
		const char *v = config_style_text(&theme, value, sizeof(value));
		text_printf(stdout, "%-20s %-22s %s (the %s theme)\n", name,
			    v, from,
			    config_theme_name(cfg->theme));
	}
	size_t n;
	const char *const *names = ui_request_names(&n);
	for (size_t i = 0; i < n; i++) {
		const struct config_origin *at = keys_origin(cfg, i);
		char name[64];
		snprintf(name, sizeof(name), "keys.%s", names[i]);
		if (!ui_request_keys(i, buf, sizeof(buf)))
			snprintf(buf, sizeof(buf), "(no key)");
		row(cfg, name, buf, at);
	}
}

static int run(const struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx;
	static const struct option opts[] = {
		{ "check", no_argument, NULL, 'c' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	bool check = false, json = false;
	int c;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': check = true; break;
		case 'j': json = true; break;
		case 'h': cli_print_help(&cmd_config); return CLI_OK;
		default: return cli_option_error(&cmd_config, "h", argc, argv);
		}
	}
	if (optind < argc)
		return cli_usage_error(&cmd_config, "unexpected '%s'", argv[optind]);
	const struct config *cfg = config_current();
	if (check && json)
		return cli_usage_error(&cmd_config, "--check and --json do not go together");
	if (cfg->bad)
		cli_print_diags(stderr, cfg->path, &cfg->diags);
	if (json) {
		ui_keys_init(cfg);
		return print_json(cfg);
	}
	if (check) {
		if (cfg->bad)
			return CLI_DATA;
		text_printf(stdout, "%s: %s\n", cfg->path,
			    cfg->exists ? "no errors" : "no such file (the defaults are in effect)");
		return cli_flushed(CLI_OK);
	}
	ui_keys_init(cfg);
	text_printf(stdout, "config file: %s%s\n", cfg->path,
		    !cfg->exists ? " (none: the defaults)"
		    : cfg->bad   ? " (with errors: the defaults are in effect)"
				 : "");
	print_settings(cfg);
	return cli_flushed(cfg->bad ? CLI_DATA : CLI_OK);
}

const struct cli_command cmd_config = {
	.name = "config",
	.run = run,
	.synopsis = "config [--check | --json]",
	.summary = "the settings in effect, and where each came from",
	.help = "Prints every setting in effect (the first day of the week, the\n"
		"default plan, the editor, the calendar feed's time, the theme and\n"
		"colours, each request's keys) and where it came from: the default,\n"
		"the config file and its line, or the environment ($VISUAL).\n"
		"\n"
		"The file is $STRIDE_CONFIG, else $XDG_CONFIG_HOME/stride/config.yaml\n"
		"(~/.config/stride/config.yaml); 'stride --config FILE' reads another.\n"
		"It is optional; man 5 stride-config describes it.\n"
		"\n"
		"A file with errors is not used at all: stride runs with the defaults\n"
		"and says so (on stderr, on the TUI's status line).\n"
		"\n"
		"options:\n"
		"  --check  validate the file: its errors as FILE:LINE:COL, exit 65;\n"
		"           exit 0 when it is clean or absent\n"
		"  --json   the settings as one JSON object: each with its value and\n"
		"           where it came from; the file's errors (stride.1 has the fields)\n",
};
