#ifndef MALLOC_COUNTER_H
#define MALLOC_COUNTER_H
#include <stdint.h>
/// Number of allocations (malloc, calloc, realloc of NULL, aligned allocations) made by the calling thread so far.
uint64_t oel_malloc_count(void);
#endif
