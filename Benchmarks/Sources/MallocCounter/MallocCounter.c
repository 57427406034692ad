// Counts allocations by interposing glibc's allocator entry points in the benchmark
// executable; each forwards to glibc's own implementation (__libc_*).
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include "MallocCounter.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

// One counter per thread, incremented without a locked instruction: an atomic shared
// counter would add a locked add to every allocation the benchmark times, and make
// allocating threads contend for one cache line in the thread-scaling figure.
static _Thread_local uint64_t counter __attribute__((tls_model("initial-exec"))) = 0;

uint64_t oel_malloc_count(void) { return counter; }

void *malloc(size_t size) {
    counter += 1;
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
    counter += 1;
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
    if (pointer == NULL) counter += 1;
    return __libc_realloc(pointer, size);
}

void free(void *pointer) { __libc_free(pointer); }

void *aligned_alloc(size_t alignment, size_t size) {
    counter += 1;
    return __libc_memalign(alignment, size);
}

void *memalign(size_t alignment, size_t size) {
    counter += 1;
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **out, size_t alignment, size_t size) {
    counter += 1;
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *out = pointer;
    return 0;
}
