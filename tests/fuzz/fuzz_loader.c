/* libFuzzer target: the loader on any bytes (make fuzz). */
#include <stddef.h>
#include <stdint.h>

#include "stride/loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list d;
	diag_list_init(&d);
	struct plan *p;
	loader_load_buffer("fuzz.yaml", (const char *)data, size, &p, &d);
	plan_free(p);
	diag_list_done(&d);
	return 0;
}
