/* A stand-in bcryptprimitives.dll for CI's wine only, never shipped.
 *
 * Rust's standard library gets random bytes on Windows from ProcessPrng in
 * bcryptprimitives.dll (Windows 10 and later). Debian's wine 8.0 has no such
 * export, so every Rust program exits at start-up (status 53). This DLL,
 * copied beside the .exe, provides it over the older RtlGenRandom
 * (advapi32's SystemFunction036), which wine does have. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a 32-bit length: fill a larger buffer in parts. */
    while (length > 0) {
        ULONG part = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, part)) {
            return FALSE;
        }
        data += part;
        length -= part;
    }
    return TRUE;
}
