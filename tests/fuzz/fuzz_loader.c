/* libFuzzer target: the loader on any bytes, as a plan file and as a
 * config file (make fuzz). */
#include <stddef.h>
#include <stdint.h>

#include "stride/config.h"
#include "stride/loader.h"

static const char *const requests[] = { "quit", "help", "undo", "tick", "skip", "details" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	loader_load_buffer("fuzz.yaml", (const char *)data, size, &p, &d);
	plan_free(p);
	diag_list_done(&d);
	struct config cfg;
	config_load_buffer(&cfg, "fuzz.yaml", (const char *)data, size, requests,
			   sizeof(requests) / sizeof(requests[0]));
	config_done(&cfg);
	return 0;
}
