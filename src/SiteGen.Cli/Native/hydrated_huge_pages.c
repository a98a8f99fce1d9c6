// Linked into the native sitegen on Linux (SiteGen.Cli.csproj). Before the runtime starts, it asks the kernel to back
// the zero-filled end of the program's writable segment with 2 MB pages where it can.
//
// Why: that region is the runtime's `.hydrated` section (7 MB), which the runtime writes out in full at every start.
// In 4 kB pages that is some 1,800 page faults, the largest part of `sitegen --version` on a virtual machine, where a
// fault costs microseconds. Hosts whose transparent huge pages are set to `madvise` (Debian's and Ubuntu's default)
// give 2 MB pages only to memory that asks for them; `always` gives them anyway and `never` ignores the request.
// Measured in docs/benchmarks.md ("Session 17").
#define _GNU_SOURCE
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

#define HUGE_PAGE ((uintptr_t)2 << 20)

static int advise_program_zero_fill(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_W) || segment->p_memsz <= segment->p_filesz)
        {
            continue;
        }

        uintptr_t start = info->dlpi_addr + segment->p_vaddr + segment->p_filesz;
        uintptr_t end = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        uintptr_t first = (start + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        uintptr_t last = end & ~(HUGE_PAGE - 1);
        if (last > first)
        {
            // Advice only: where the kernel says no, the pages stay 4 kB and nothing else changes.
            madvise((void *)first, last - first, MADV_HUGEPAGE);
        }
    }

    // The program itself is the first object listed; the shared libraries after it are left alone.
    return 1;
}

__attribute__((constructor)) static void hydrated_huge_pages(void)
{
    dl_iterate_phdr(advise_program_zero_fill, NULL);
}
